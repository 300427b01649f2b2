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

/** One reporting obligation of a new plan: every implementing unit reports each year firstYear..lastYear. */
export interface ObligationInput {
  title: string
  recipientUnitId: string
  dueDay: number
  dueMonth: number
  firstYear: number
  lastYear: number
}

/** Body of POST /plans (a draft; the number may also be given when the plan is issued). */
export interface CreatePlanRequest {
  title: string
  number: string | null
  summary: string | null
  issuingUnitId: string
  signerName: string | null
  signerTitle: string | null
  addresseeUnitIds: string[]
  reportingObligations: ObligationInput[]
}

/**
 * Soạn dự thảo. The same `idempotencyKey` on a retry (double click, lost response) returns the
 * draft the first request made instead of creating a second one.
 */
export function createPlan(request: CreatePlanRequest, idempotencyKey: string): Promise<PlanDetail> {
  return api.post<PlanDetail>('/plans', request, { headers: { 'Idempotency-Key': idempotencyKey } })
}

/** Ban hành. `version` is the one the user saw; a stale version or an issued plan is a 409. */
export function issuePlan(id: string, request: { number: string | null; version: number }): Promise<PlanDetail> {
  return api.post<PlanDetail>(`/plans/${encodeURIComponent(id)}/issue`, request)
}
