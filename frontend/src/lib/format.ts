// Display formats. Dates are always shown as dd/MM/yyyy in Vietnam's time zone,
// whatever the browser's zone is, because deadlines are legal dates in Vietnam.

export const APP_TIME_ZONE = 'Asia/Ho_Chi_Minh'
export const EMPTY = '—'

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: APP_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})

const timeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: APP_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function toDate(value: string | number | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null
  // A bare ISO date (yyyy-MM-dd) is a calendar date, not an instant: keep it as is.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T12:00:00+07:00`)
  }
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? ''
}

/** dd/MM/yyyy in Asia/Ho_Chi_Minh; '—' for missing or invalid values. */
export function formatDate(value: string | number | Date | null | undefined): string {
  const date = toDate(value)
  if (!date) return EMPTY
  const parts = dateParts.formatToParts(date)
  return `${part(parts, 'day')}/${part(parts, 'month')}/${part(parts, 'year')}`
}

/** HH:mm dd/MM/yyyy in Asia/Ho_Chi_Minh, the usual Vietnamese administrative order. */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  const date = toDate(value)
  if (!date) return EMPTY
  const parts = timeParts.formatToParts(date)
  return `${part(parts, 'hour')}:${part(parts, 'minute')} ${formatDate(date)}`
}

/** A recurring yearly day such as a reporting deadline: DD/MM. */
export function formatDayMonth(day: number, month: number): string {
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`
}

/** A year range: "2025–2030", or a single year when both ends are equal. */
export function formatYearRange(firstYear: number | null | undefined, lastYear: number | null | undefined): string {
  if (!firstYear && !lastYear) return EMPTY
  if (!lastYear || firstYear === lastYear) return String(firstYear ?? lastYear)
  if (!firstYear) return String(lastYear)
  return `${firstYear}–${lastYear}`
}
