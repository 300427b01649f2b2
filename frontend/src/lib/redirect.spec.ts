import { describe, expect, it } from 'vitest'
import { safeRedirect } from '@/lib/redirect'

describe('safeRedirect', () => {
  it('follows same-site paths only', () => {
    expect(safeRedirect('/plans/42?tab=x')).toBe('/plans/42?tab=x')
    expect(safeRedirect('https://evil.example')).toBeNull()
    expect(safeRedirect('//evil.example')).toBeNull()
    expect(safeRedirect('/\\evil.example')).toBeNull()
    expect(safeRedirect('/login?redirect=/x')).toBeNull()
    expect(safeRedirect(undefined)).toBeNull()
  })
})
