import { api } from '@/lib/api-client'
import type { ReportView, ReturnRequest, SaveReportRequest } from './types'

export type * from './types'

const report = (id: string) => `/reports/${encodeURIComponent(id)}`

/** Lập báo cáo: a draft for the requirement (201). */
export function createReport(requirementId: string): Promise<ReportView> {
  return api.post<ReportView>('/reports', { requirementId })
}

export function getReport(id: string, signal?: AbortSignal): Promise<ReportView> {
  return api.get<ReportView>(report(id), { signal })
}

/** Autosave: replaces the draft; 409 on a stale version, 400 naming the field (targets[2].numerator). */
export function saveReport(id: string, request: SaveReportRequest): Promise<ReportView> {
  return api.put<ReportView>(report(id), request)
}

/** Gửi báo cáo: SUBMITTED, or AWAITING_CONFIRMATION when the unit's leader must confirm. */
export function submitReport(id: string, version: number): Promise<ReportView> {
  return api.post<ReportView>(`${report(id)}/submit`, { version })
}

/** Lãnh đạo xác nhận: AWAITING_CONFIRMATION → SUBMITTED. */
export function confirmReport(id: string, version: number): Promise<ReportView> {
  return api.post<ReportView>(`${report(id)}/confirm`, { version })
}

/** Trả lại: the unit fixes it by the new deadline (the server's default when dueDate is absent). */
export function returnReport(id: string, request: ReturnRequest): Promise<ReportView> {
  return api.post<ReportView>(`${report(id)}/return`, request)
}

/** Tiếp nhận: the report is locked. */
export function acceptReport(id: string, request: { version: number; note?: string }): Promise<ReportView> {
  return api.post<ReportView>(`${report(id)}/accept`, request)
}

/** Mở lại an accepted report: RETURNED, with a reason. */
export function reopenReport(id: string, request: ReturnRequest): Promise<ReportView> {
  return api.post<ReportView>(`${report(id)}/reopen`, request)
}
