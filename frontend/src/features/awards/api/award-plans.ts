import { api, type Page } from '@/lib/api-client'
import type { AwardSchemas } from '@/api/types'

// Kế hoạch khen thưởng: the award side of an issued plan (keyed by the plan's id).
export type AwardPlan = AwardSchemas['AwardPlanSummary']

export function listAwardPlans(page: number, size: number): Promise<Page<AwardPlan>> {
  return api.get<AwardSchemas['PageResponseAwardPlanSummary']>('/award-plans', { query: { page, size } })
}
