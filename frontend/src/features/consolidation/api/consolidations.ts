import { api, saveBlob, toPage, type Page } from '@/lib/api-client'
import type {
  ConsolidationQuery,
  ConsolidationSummary,
  ConsolidationView,
  DocumentFormat,
  PeriodOption,
  PlanOption,
  UpdateConsolidationRequest,
} from './types'

export type * from './types'

const consolidation = (id: string) => `/consolidations/${encodeURIComponent(id)}`
const periodConsolidation = (periodId: string) => `/reporting-periods/${encodeURIComponent(periodId)}/consolidation`

/** The period's consolidated report; 404 (ApiError) while none has been assembled. */
export function getPeriodConsolidation(periodId: string, signal?: AbortSignal): Promise<ConsolidationView> {
  return api.get<ConsolidationView>(periodConsolidation(periodId), { signal })
}

export function getConsolidation(id: string, signal?: AbortSignal): Promise<ConsolidationView> {
  return api.get<ConsolidationView>(consolidation(id), { signal })
}

/** Tổng hợp (or tổng hợp lại, keeping the office's edited texts) from the accepted unit reports. */
export function assembleConsolidation(periodId: string): Promise<ConsolidationView> {
  return api.post<ConsolidationView>(periodConsolidation(periodId))
}

/** Replaces the commune's texts (autosave); 409 on a stale version. */
export function updateConsolidation(id: string, request: UpdateConsolidationRequest): Promise<ConsolidationView> {
  return api.put<ConsolidationView>(consolidation(id), request)
}

/** Lãnh đạo phê duyệt: DRAFT → APPROVED. */
export function approveConsolidation(id: string, version: number): Promise<ConsolidationView> {
  return api.post<ConsolidationView>(`${consolidation(id)}/approve`, { version })
}

/** Gửi cấp trên: APPROVED → SUBMITTED. */
export function submitConsolidation(id: string, version: number): Promise<ConsolidationView> {
  return api.post<ConsolidationView>(`${consolidation(id)}/submit`, { version })
}

export function listConsolidations(query: ConsolidationQuery, signal?: AbortSignal): Promise<Page<ConsolidationSummary>> {
  return api.get<Page<ConsolidationSummary>>('/consolidations', {
    query: {
      year: query.year,
      planId: query.planId,
      unitPath: query.unitPath,
      status: query.status,
      page: query.page,
      size: query.size,
    },
    signal,
  })
}

/**
 * The reporting periods in the caller's scope (report-service) that units report in, to start a
 * consolidation from: second-hop periods (the commune reporting onwards) are left out by the server,
 * so that the page's total counts what it lists.
 */
export function listPeriods(query: { year?: number | null; planId?: string | null; page: number; size: number }, signal?: AbortSignal): Promise<Page<PeriodOption>> {
  return api.get<Page<PeriodOption>>('/reporting-periods', {
    query: { year: query.year, planId: query.planId, secondHop: false, page: query.page, size: query.size },
    signal,
  })
}

/** Plans for the filter (plan-service); an empty list when the caller may not list plans. */
export async function listPlanOptions(signal?: AbortSignal): Promise<PlanOption[]> {
  try {
    const data = await api.get<Page<PlanOption> | PlanOption[]>('/plans', { query: { size: 100 }, signal })
    return toPage(data).items ?? []
  } catch {
    return []
  }
}

/** A file name from the report's title and year, without diacritics. */
export function consolidationFileName(view: Pick<ConsolidationView, 'unit' | 'period'>, format: DocumentFormat): string {
  const base = `bao-cao-tong-hop-${view.unit?.name ?? ''}-${view.period?.year ?? ''}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80)
  return `${base || 'bao-cao-tong-hop'}.${format}`
}

/** GET /consolidations/{id}/document?format=docx|pdf through the shared client, saved as a file. */
export async function downloadConsolidation(view: Pick<ConsolidationView, 'id' | 'unit' | 'period'>, format: DocumentFormat): Promise<void> {
  const blob = await api.getBlob(`${consolidation(view.id)}/document`, { query: { format } })
  saveBlob(blob, consolidationFileName(view, format))
}
