import { api, type Page } from '@/lib/api-client'
import type { ReportSchemas } from '@/api/types'

// Kỳ báo cáo: one period a plan's reporting obligation opens for a year.
export type ReportingPeriod = ReportSchemas['PeriodSummary']

export function listReportingPeriods(page: number, size: number): Promise<Page<ReportingPeriod>> {
  return api.get<ReportSchemas['PageResponsePeriodSummary']>('/reporting-periods', { query: { page, size } })
}
