import { api, type Page } from '@/lib/api-client'

export type PlanStatus = 'DRAFT' | 'ISSUED'

export interface UnitRef {
  id: string
  name: string
  path: string
}

export interface PlanSummary {
  id: string
  number: string | null
  title: string
  status: PlanStatus
  issuingUnit: UnitRef
  issuedAt: string | null
  createdAt: string
  version: number
}

export interface PlanAddressee {
  unitId: string
  unitName: string
  unitPath: string
}

export interface ReportingObligation {
  id: string
  title: string
  recipientUnit: UnitRef
  dueDay: number
  dueMonth: number
  firstYear: number
  lastYear: number | null
}

export interface PlanDetail extends PlanSummary {
  summary: string | null
  signerName: string | null
  signerTitle: string | null
  addressees: PlanAddressee[]
  reportingObligations: ReportingObligation[]
}

export interface PlanQuery {
  page: number
  size: number
  q?: string
}

export function listPlans(query: PlanQuery, signal?: AbortSignal): Promise<Page<PlanSummary>> {
  return api.get<Page<PlanSummary>>('/plans', { query: { page: query.page, size: query.size, q: query.q?.trim() }, signal })
}

export function getPlan(id: string, signal?: AbortSignal): Promise<PlanDetail> {
  return api.get<PlanDetail>(`/plans/${encodeURIComponent(id)}`, { signal })
}
