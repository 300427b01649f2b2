import { api, type Page } from '@/lib/api-client'

// Kỳ báo cáo: one period a plan's reporting obligation opens for a year.
export interface ReportingPeriod {
  id: string
  title: string
  planId?: string
  planTitle: string
  year: number
  dueAt: string
  requirementCount: number
}

export function listReportingPeriods(page: number, size: number): Promise<Page<ReportingPeriod>> {
  return api.get<Page<ReportingPeriod>>('/reporting-periods', { query: { page, size } })
}
