import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatDayMonth, formatYearRange } from '@/lib/format'

describe('date formatting', () => {
  it('shows instants as dd/MM/yyyy in Asia/Ho_Chi_Minh', () => {
    expect(formatDate('2025-07-15T03:00:00Z')).toBe('15/07/2025')
    // 17:30 UTC on 4 December is already 00:30 on 5 December in Vietnam (UTC+7).
    expect(formatDate('2025-12-04T17:30:00Z')).toBe('05/12/2025')
    // …and 16:59 UTC is still 23:59 the same day.
    expect(formatDate('2025-12-04T16:59:00Z')).toBe('04/12/2025')
    expect(formatDate('2025-01-01T00:00:00+07:00')).toBe('01/01/2025')
  })

  it('keeps calendar dates (yyyy-MM-dd) as they are', () => {
    expect(formatDate('2026-12-05')).toBe('05/12/2026')
  })

  it('shows a dash for missing or invalid values', () => {
    expect(formatDate(null)).toBe('—')
    expect(formatDate(undefined)).toBe('—')
    expect(formatDate('not a date')).toBe('—')
  })

  it('formats time, recurring days and year ranges', () => {
    expect(formatDateTime('2025-12-04T17:30:00Z')).toBe('00:30 05/12/2025')
    expect(formatDayMonth(5, 12)).toBe('05/12')
    expect(formatYearRange(2025, 2030)).toBe('2025–2030')
    expect(formatYearRange(2027, 2027)).toBe('2027')
  })
})
