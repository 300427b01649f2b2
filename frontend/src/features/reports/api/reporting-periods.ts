import { api, type Page } from '@/lib/api-client'
import type { ReportSchemas } from '@/api/types'
import type { ExtensionRequest, PeriodDetail } from './types'

// Kỳ báo cáo: one period a plan's reporting obligation opens for a year.
export type ReportingPeriod = ReportSchemas['PeriodSummary']

export function listReportingPeriods(page: number, size: number): Promise<Page<ReportingPeriod>> {
  return api.get<ReportSchemas['PageResponsePeriodSummary']>('/reporting-periods', { query: { page, size } })
}

export function getReportingPeriod(id: string, signal?: AbortSignal): Promise<PeriodDetail> {
  return api.get<PeriodDetail>(`/reporting-periods/${encodeURIComponent(id)}`, { signal })
}

/** Gia hạn: for one unit (unitId) or everyone (unitId null); answers the period detail. */
export function extendDeadline(periodId: string, request: ExtensionRequest): Promise<PeriodDetail> {
  return api.post<PeriodDetail>(`/reporting-periods/${encodeURIComponent(periodId)}/extensions`, request)
}
