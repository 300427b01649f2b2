import { api, type Page } from '@/lib/api-client'
import type { ReportForm, RequirementQuery, RequirementRow } from './types'

// Yêu cầu báo cáo: what a unit must report for a period ("Báo cáo của tôi").

export function listRequirements(query: RequirementQuery, signal?: AbortSignal): Promise<Page<RequirementRow>> {
  return api.get<Page<RequirementRow>>('/report-requirements', {
    query: {
      unitId: query.unitId,
      year: query.year,
      planId: query.planId,
      status: query.status,
      page: query.page,
      size: query.size,
    },
    signal,
  })
}

/** What the unit fills in: the plan's contents, the targets of its group for the year, award forms, prefill. */
export function getReportForm(requirementId: string, signal?: AbortSignal): Promise<ReportForm> {
  return api.get<ReportForm>(`/report-requirements/${encodeURIComponent(requirementId)}/form`, { signal })
}
