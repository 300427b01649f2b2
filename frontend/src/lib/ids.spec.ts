import { describe, expect, it, vi } from 'vitest'
import { randomUuid } from '@/lib/ids'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('randomUuid', () => {
  it('gives a different version 4 UUID each time', () => {
    const a = randomUuid()
    const b = randomUuid()
    expect(a).toMatch(UUID_V4)
    expect(b).toMatch(UUID_V4)
    expect(a).not.toBe(b)
  })

  it('works without crypto.randomUUID (plain http outside localhost)', () => {
    const getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
      new Uint8Array(array!.buffer).fill(0xff)
      return array
    }
    vi.stubGlobal('crypto', { getRandomValues })
    try {
      expect(randomUuid()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
