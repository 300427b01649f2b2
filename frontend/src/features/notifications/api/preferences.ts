import { api } from '@/lib/api-client'
import type { CalendarLink, Delivery, Preferences, WorkingDay, WorkingDaysView } from './types'

export type * from './types'

export function getPreferences(): Promise<Preferences> {
  return api.get<Preferences>('/preferences')
}

/** `emailEnabled` is sent too, for a service that does not know `delivery` yet (OFF ⇔ false). */
export function savePreferences(request: { delivery: Delivery; language: string }): Promise<Preferences> {
  return api.put<Preferences>('/preferences', { ...request, emailEnabled: request.delivery !== 'OFF' })
}

/** The user's iCalendar feed (the token is created the first time). */
export function getCalendarLink(): Promise<CalendarLink> {
  return api.get<CalendarLink>('/preferences/calendar')
}

/** A new secret token: the old link stops working (404). */
export function regenerateCalendarLink(): Promise<CalendarLink> {
  return api.post<CalendarLink>('/preferences/calendar/regenerate')
}

export function getWorkingDays(year: number): Promise<WorkingDaysView> {
  return api.get<WorkingDaysView>(`/calendar/working-days/${year}`)
}

/**
 * Replaces the year's exceptions (admin); notification-service tells report-service (WorkingCalendarChanged).
 * `version` as read (absent while the year has no stored row): a concurrent edit answers 409.
 */
export function saveWorkingDays(year: number, days: WorkingDay[], version?: number | null): Promise<WorkingDaysView> {
  return api.put<WorkingDaysView>(`/calendar/working-days/${year}`, version === undefined || version === null ? { days } : { days, version })
}
