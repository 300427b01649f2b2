import { ref } from 'vue'
import { getWorkingCalendar } from '../api/settings'
import { defaultReturnDueDate, vnIsoDate, type CalendarException } from '../lib/deadlines'

/** report-service's default for a return (config thiduaso.report.return-working-days). */
export const RETURN_WORKING_DAYS = 5

const cache = new Map<number, Promise<CalendarException[]>>()

function exceptionsOf(year: number): Promise<CalendarException[]> {
  let pending = cache.get(year)
  if (!pending) {
    pending = getWorkingCalendar(year).then(
      (calendar) => calendar.days ?? [],
      () => {
        cache.delete(year)
        return [] // weekends only; the server's own calendar decides anyway
      },
    )
    cache.set(year, pending)
  }
  return pending
}

/**
 * The new deadline a return gets when the office picks none, computed like the server does (5
 * working days after today in the shared working-day calendar, "trước ngày" the day after), to show
 * in the date field. The date is only sent when the office changes it.
 */
export function useDefaultReturnDate() {
  const date = ref<string | null>(null)
  async function compute(now: Date = new Date()): Promise<string> {
    const today = vnIsoDate(now)
    const year = Number(today.slice(0, 4))
    const exceptions = [...(await exceptionsOf(year)), ...(today.slice(5) >= '11-15' ? await exceptionsOf(year + 1) : [])]
    date.value = defaultReturnDueDate(today, RETURN_WORKING_DAYS, exceptions)
    return date.value
  }
  return { date, compute }
}

/** For tests: forget the calendars fetched so far. */
export function resetCalendarCache() {
  cache.clear()
}
