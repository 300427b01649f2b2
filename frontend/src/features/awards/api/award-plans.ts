import { api, type Page } from '@/lib/api-client'

// Kế hoạch khen thưởng: the award side of an issued plan.
export interface AwardPlan {
  id: string
  planId?: string
  planTitle: string
  issuingUnitName: string
  issuedAt: string | null
}

export function listAwardPlans(page: number, size: number): Promise<Page<AwardPlan>> {
  return api.get<Page<AwardPlan>>('/award-plans', { query: { page, size } })
}
