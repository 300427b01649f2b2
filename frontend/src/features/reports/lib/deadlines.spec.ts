import { describe, expect, it } from 'vitest'
import { countdown, daysUntil, defaultReturnDueDate, isWorkingDay, lateness, plusWorkingDays, vnIsoDate } from './deadlines'

describe('deadlines in Vietnam time', () => {
  it('takes the date in Asia/Ho_Chi_Minh whatever the browser zone', () => {
    // 17:30 UTC on 9 December is already 10 December in Vietnam.
    expect(vnIsoDate(new Date('2026-12-09T17:30:00Z'))).toBe('2026-12-10')
    // "trước ngày 10/12" = 10/12 00:00 +07:00, stored as 09/12 17:00 UTC.
    expect(daysUntil('2026-12-09T17:00:00Z', new Date('2026-12-03T03:00:00Z'))).toBe(7)
  })

  it('counts down to the last day, then days overdue (the due day is the first day late)', () => {
    expect(countdown(7)).toEqual({ kind: 'left', days: 7 })
    expect(countdown(1)).toEqual({ kind: 'lastDay' })
    expect(countdown(0)).toEqual({ kind: 'overdue', days: 1 })
    expect(countdown(-2)).toEqual({ kind: 'overdue', days: 3 })
  })

  it('splits lateness into days, hours and minutes', () => {
    expect(lateness(0)).toBeNull()
    expect(lateness(90061)).toEqual({ days: 1, hours: 1, minutes: 1 })
  })

  it('counts working days over weekends and the calendar exceptions', () => {
    expect(isWorkingDay('2026-12-05', [])).toBe(false) // Saturday
    expect(isWorkingDay('2026-12-07', [])).toBe(true)
    // Thursday 3/12 + 5 working days = Thursday 10/12; due "trước ngày" 11/12.
    expect(plusWorkingDays('2026-12-03', 5, [])).toBe('2026-12-10')
    expect(defaultReturnDueDate('2026-12-03', 5, [])).toBe('2026-12-11')
    // A day off in between pushes it on; a working Saturday counts.
    const exceptions = [
      { date: '2026-12-08', kind: 'DAY_OFF' as const },
      { date: '2026-12-05', kind: 'WORKING_DAY' as const },
    ]
    expect(plusWorkingDays('2026-12-03', 5, exceptions)).toBe('2026-12-10')
    expect(plusWorkingDays('2026-12-03', 5, [{ date: '2026-12-08', kind: 'DAY_OFF' }])).toBe('2026-12-11')
  })
})
