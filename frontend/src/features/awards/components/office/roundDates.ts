/** The round's dates and offered forms, edited by RoundDatesFields. */
export interface RoundDates {
  title: string
  nominationDeadline: string
  councilDate: string | null
  decisionDate: string | null
  formCodes: string[]
}

// award-service keeps the nomination deadline as an instant; the form picks a calendar day, which
// means "until the end of that day in Vietnam" (23:59:59 +07:00).
/** yyyy-MM-dd → the instant ending that day in Vietnam (null for no date). */
export function deadlineInstant(day: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T23:59:59+07:00`).toISOString().replace('.000Z', 'Z') : null
}

/** An instant → its calendar day in Vietnam, yyyy-MM-dd ('' for none). */
export function deadlineDay(instant: string | null | undefined): string {
  if (!instant) return ''
  if (/^\d{4}-\d{2}-\d{2}$/.test(instant)) return instant
  const at = new Date(instant)
  return Number.isNaN(at.getTime()) ? '' : new Date(at.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10)
}
