import { api, saveBlob, toPage, type Page, type QueryValue } from '@/lib/api-client'
import type {
  AttainmentQuery,
  AttainmentView,
  CompletenessQuery,
  CompletenessView,
  MissingRow,
  PlanOption,
  RemindResponse,
} from './types'

export type * from './types'

function completenessQuery(q: CompletenessQuery): Record<string, QueryValue> {
  return { year: q.year, planId: q.planId, periodId: q.periodId, unitKind: q.unitKind }
}
function attainmentQuery(q: AttainmentQuery): Record<string, QueryValue> {
  return { planId: q.planId, targetId: q.targetId, year: q.year }
}

export function getCompleteness(query: CompletenessQuery, signal?: AbortSignal): Promise<CompletenessView> {
  return api.get<CompletenessView>('/dashboards/completeness', { query: completenessQuery(query), signal })
}

export function getAttainment(query: AttainmentQuery, signal?: AbortSignal): Promise<AttainmentView> {
  return api.get<AttainmentView>('/dashboards/attainment', { query: attainmentQuery(query), signal })
}

/** Units of a period that have not submitted yet (report-service answers `{ asOf, items, truncated }`). */
export async function listMissing(periodId: string, signal?: AbortSignal): Promise<MissingRow[]> {
  const data = await api.get<{ items: MissingRow[] } | MissingRow[]>('/dashboards/missing', { query: { periodId }, signal })
  return (Array.isArray(data) ? data : data?.items) ?? []
}

/** Nhắc nhở: a reminder mail now to each unit's users (notification-service; at most once per unit per day). */
export async function remindUnits(periodId: string, unitIds: string[]): Promise<RemindResponse> {
  const answer = await api.post<RemindResponse | undefined>('/deadlines/remind', { periodId, unitIds })
  return { results: answer?.results ?? [] }
}

export async function downloadCompletenessXlsx(query: CompletenessQuery): Promise<void> {
  const blob = await api.getBlob('/dashboards/completeness.xlsx', { query: completenessQuery(query) })
  saveBlob(blob, `tien-do-bao-cao${query.year ? `-${query.year}` : ''}.xlsx`)
}

export async function downloadAttainmentXlsx(query: AttainmentQuery): Promise<void> {
  const blob = await api.getBlob('/dashboards/attainment.xlsx', { query: attainmentQuery(query) })
  saveBlob(blob, `ket-qua-chi-tieu${query.year ? `-${query.year}` : ''}.xlsx`)
}

/** Plans for the filter (plan-service); an empty list when the caller may not list them. */
export async function listPlanOptions(signal?: AbortSignal): Promise<PlanOption[]> {
  try {
    const data = await api.get<Page<PlanOption> | PlanOption[]>('/plans', { query: { size: 100 }, signal })
    return toPage(data).items ?? []
  } catch {
    return []
  }
}
