import { describe, expect, it } from 'vitest'
import { deadlineDay, deadlineInstant } from './roundDates'

describe('round deadline (an instant in award-service, a day on the form)', () => {
  it('sends the chosen day as its last second in Vietnam', () => {
    expect(deadlineInstant('2026-12-15')).toBe('2026-12-15T16:59:59Z')
    expect(deadlineInstant('')).toBeNull()
  })

  it('shows a stored instant as its day in Vietnam', () => {
    expect(deadlineDay('2026-12-15T16:59:59Z')).toBe('2026-12-15')
    expect(deadlineDay('2026-12-15T17:30:00Z')).toBe('2026-12-16')
    expect(deadlineDay(null)).toBe('')
  })
})
