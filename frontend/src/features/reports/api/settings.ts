import { api, toPage } from '@/lib/api-client'
import type { ReportSchemas } from '@/api/types'
import type { AwardFormName, UnitReportSettings, WorkingCalendarYear } from './types'

/** Cấu hình báo cáo of a unit: whether its leader must confirm before a report is sent. */
export function getUnitSettings(unitId: string, signal?: AbortSignal): Promise<UnitReportSettings> {
  return api.get<UnitReportSettings>(`/report-settings/units/${encodeURIComponent(unitId)}`, { signal })
}

/** The server takes only the flag (no version: the last write wins). */
export function putUnitSettings(unitId: string, request: ReportSchemas['UpdateUnitSettings']): Promise<UnitReportSettings> {
  return api.put<UnitReportSettings>(`/report-settings/units/${encodeURIComponent(unitId)}`, { leaderConfirmationRequired: request.leaderConfirmationRequired })
}

/** notification-service's working-day calendar of a year (days off and working weekends). */
export function getWorkingCalendar(year: number, signal?: AbortSignal): Promise<WorkingCalendarYear> {
  return api.get<WorkingCalendarYear>(`/calendar/working-days/${year}`, { signal })
}

/** award-service's catalogue, for the names of the award form codes a plan offers. */
export async function listAwardFormNames(signal?: AbortSignal): Promise<AwardFormName[]> {
  const data = await api.get<AwardFormName[] | { items: AwardFormName[]; page: number; size: number; total: number }>('/award-forms', {
    query: { size: 200 },
    signal,
  })
  return toPage(data).items
}
