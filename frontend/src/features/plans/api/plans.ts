import { api, toPage, type Page } from '@/lib/api-client'
import type {
  AwardForm,
  CreatePlanRequest,
  Movement,
  PatchPlanRequest,
  PlanCheck,
  PlanDetail,
  PlanDiff,
  PlanQuery,
  PlanSummary,
  PlanVersionInfo,
  UnitPlanRow,
} from './types'

export type * from './types'

const plan = (id: string) => `/plans/${encodeURIComponent(id)}`

export function listPlans(query: PlanQuery, signal?: AbortSignal): Promise<Page<PlanSummary>> {
  return api.get<Page<PlanSummary>>('/plans', {
    query: {
      page: query.page,
      size: query.size,
      q: query.q?.trim(),
      status: query.status,
      movementId: query.movementId,
      issuingUnitId: query.issuingUnitId,
      year: query.year,
      sort: query.sort,
    },
    signal,
  })
}

export function getPlan(id: string, signal?: AbortSignal): Promise<PlanDetail> {
  return api.get<PlanDetail>(plan(id), { signal })
}

/** Soạn dự thảo. The same `idempotencyKey` on a retry returns the draft the first request made. */
export function createPlan(request: CreatePlanRequest, idempotencyKey: string): Promise<PlanDetail> {
  return api.post<PlanDetail>('/plans', request, { headers: { 'Idempotency-Key': idempotencyKey } })
}

/** Partial update of the draft; each part given replaces the stored part whole. 409 on a stale version. */
export function patchPlan(id: string, request: PatchPlanRequest): Promise<PlanDetail> {
  return api.patch<PlanDetail>(plan(id), request)
}

/** Ban hành: the number `N/KH-UBND` is assigned by the server. */
export function issuePlan(id: string, request: { version: number; issuedOn?: string | null }): Promise<PlanDetail> {
  const body: Record<string, unknown> = { version: request.version }
  if (request.issuedOn) body.issuedOn = request.issuedOn
  return api.post<PlanDetail>(`${plan(id)}/issue`, body)
}

/** Điều chỉnh: a new draft version copied from the issued one. */
export function amendPlan(id: string, request: { version: number; reason: string }): Promise<PlanDetail> {
  return api.post<PlanDetail>(`${plan(id)}/amend`, request)
}

/** Kết thúc: nothing new opens from the plan. */
export function closePlan(id: string, request: { version: number; reason: string }): Promise<PlanDetail> {
  return api.post<PlanDetail>(`${plan(id)}/close`, request)
}

export async function listVersions(id: string, signal?: AbortSignal): Promise<PlanVersionInfo[]> {
  const data = await api.get<PlanVersionInfo[] | Page<PlanVersionInfo>>(`${plan(id)}/versions`, { signal })
  return toPage(data).items
}

export function getVersion(id: string, n: number, signal?: AbortSignal): Promise<PlanDetail> {
  return api.get<PlanDetail>(`${plan(id)}/versions/${n}`, { signal })
}

export function getDiff(id: string, from: number, to: number, signal?: AbortSignal): Promise<PlanDiff> {
  return api.get<PlanDiff>(`${plan(id)}/diff`, { query: { from, to }, signal })
}

export async function listUnitPlans(id: string, signal?: AbortSignal): Promise<UnitPlanRow[]> {
  const data = await api.get<UnitPlanRow[] | Page<UnitPlanRow>>(`${plan(id)}/unit-plans`, { signal })
  return toPage(data).items
}

/** Lập kế hoạch của đơn vị: a draft of the caller's unit answering the parent plan. */
export function createUnitPlan(id: string, idempotencyKey: string): Promise<PlanDetail> {
  return api.post<PlanDetail>(`${plan(id)}/unit-plans`, undefined, { headers: { 'Idempotency-Key': idempotencyKey } })
}

export function checkUnitPlan(id: string, signal?: AbortSignal): Promise<PlanCheck> {
  return api.get<PlanCheck>(`${plan(id)}/check`, { signal })
}

export async function listMovements(signal?: AbortSignal): Promise<Movement[]> {
  const data = await api.get<Movement[] | Page<Movement>>('/movements', { query: { size: 200 }, signal })
  return toPage(data).items
}

/** Award-service's catalogue of award forms (codes the plan lists). */
export async function listAwardForms(signal?: AbortSignal): Promise<AwardForm[]> {
  const data = await api.get<AwardForm[] | Page<AwardForm>>('/award-forms', { query: { size: 200 }, signal })
  return toPage(data).items
}
