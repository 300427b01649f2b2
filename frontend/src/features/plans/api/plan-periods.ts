import { api, type Page } from '@/lib/api-client'

/** Kỳ báo cáo opened by report-service for one obligation and year of an issued plan. */
export interface PlanPeriod {
  id: string
  title: string
  year: number
  /** Calendar date (yyyy-MM-dd) in Vietnam; `dueAt` is the same deadline as an instant. */
  dueDate: string | null
  dueAt: string | null
  recipientUnit: { id?: string; name: string; path?: string } | null
  requirementCount: number
}

export function listPlanPeriods(planId: string, signal?: AbortSignal): Promise<Page<PlanPeriod>> {
  return api.get<Page<PlanPeriod>>('/reporting-periods', { query: { planId, size: 50 }, signal })
}
