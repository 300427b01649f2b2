import { APP_TIME_ZONE } from '@/lib/format'

// Deadlines in Vietnam's calendar. A due instant is "trước ngày D" = D 00:00 Asia/Ho_Chi_Minh, so
// the last day to send is D − 1; daysLeft (the server's) counts calendar days from today to D.

const DAY_MS = 24 * 60 * 60 * 1000
const vnDate = new Intl.DateTimeFormat('en-CA', { timeZone: APP_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

/** yyyy-MM-dd of an instant in Vietnam. */
export function vnIsoDate(instant: Date | string | number = new Date()): string {
  return vnDate.format(instant instanceof Date ? instant : new Date(instant))
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number)
  return Date.UTC(y!, m! - 1, d!) / DAY_MS
}

/** Calendar days from today (Vietnam) to the due instant's Vietnam date. */
export function daysUntil(dueAt: string, now: Date = new Date()): number {
  return dayNumber(vnIsoDate(dueAt)) - dayNumber(vnIsoDate(now))
}

export type Countdown =
  | { kind: 'left'; days: number }
  | { kind: 'lastDay' }
  | { kind: 'overdue'; days: number }

/**
 * What the countdown says: N days left (today included), today is the last day, or N days overdue
 * (the due day itself counts as the first day overdue, since the deadline passed at 00:00).
 */
export function countdown(daysLeft: number): Countdown {
  if (daysLeft >= 2) return { kind: 'left', days: daysLeft }
  if (daysLeft === 1) return { kind: 'lastDay' }
  return { kind: 'overdue', days: 1 - daysLeft }
}

/** "1 ngày 3 giờ" style lateness parts from lateSeconds. */
export function lateness(seconds: number | null | undefined): { days: number; hours: number; minutes: number } | null {
  if (!seconds || seconds <= 0) return null
  const days = Math.floor(seconds / 86400)
  const hours = Math.floor((seconds % 86400) / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  return { days, hours, minutes }
}

export interface CalendarException {
  date: string
  kind: 'DAY_OFF' | 'WORKING_DAY'
}

function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * DAY_MS).toISOString().slice(0, 10)
}

export function isWorkingDay(isoDate: string, exceptions: CalendarException[]): boolean {
  const exception = exceptions.find((e) => e.date === isoDate)
  if (exception) return exception.kind === 'WORKING_DAY'
  const weekday = new Date(dayNumber(isoDate) * DAY_MS).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The n-th working day after `from` (not counting `from`). */
export function plusWorkingDays(from: string, n: number, exceptions: CalendarException[]): string {
  let date = from
  let counted = 0
  while (counted < n) {
    date = addDays(date, 1)
    if (isWorkingDay(date, exceptions)) counted++
  }
  return date
}

/**
 * The due date a return gives by default (the server's rule): the unit has `workingDays` whole
 * working days after today, so the due date ("trước ngày") is the day after the last of them.
 */
export function defaultReturnDueDate(today: string, workingDays: number, exceptions: CalendarException[]): string {
  return addDays(plusWorkingDays(today, workingDays, exceptions), 1)
}

export { addDays as addIsoDays }
