import type { WorkingDay, WorkingDayKind } from '../api/types'

/** 0 = Sunday … 6 = Saturday, of a calendar date yyyy-MM-dd (no time zone involved). */
export function weekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay()
}

export function isWeekend(date: string): boolean {
  const d = weekday(date)
  return d === 0 || d === 6
}

/** The exception a date can be: a day off on a weekday, a working day on a weekend. */
export function kindFor(date: string): WorkingDayKind {
  return isWeekend(date) ? 'WORKING_DAY' : 'DAY_OFF'
}

export type DayProblem = 'outsideYear' | 'duplicate' | 'pointlessDayOff' | 'pointlessWorkingDay' | 'nameRequired'

/** The same checks as the server's PUT (so the admin hears of them before saving). */
export function dayProblem(day: WorkingDay, year: number, others: WorkingDay[]): DayProblem | null {
  if (!day.date.startsWith(`${year}-`)) return 'outsideYear'
  if (others.some((o) => o.date === day.date)) return 'duplicate'
  if (day.kind === 'DAY_OFF' && isWeekend(day.date)) return 'pointlessDayOff'
  if (day.kind === 'WORKING_DAY' && !isWeekend(day.date)) return 'pointlessWorkingDay'
  if (!day.name.trim()) return 'nameRequired'
  return null
}

export function sortDays(days: WorkingDay[]): WorkingDay[] {
  return [...days].sort((a, b) => a.date.localeCompare(b.date))
}
