import { api, toPage, type Page } from '@/lib/api-client'
import type { ReportStatus, ReviewQueueRow } from './types'

/** Hàng chờ duyệt: reports in scope waiting, oldest submission first (the server's order). */
export async function listReviewQueue(
  query: { periodId?: string; status?: ReportStatus; page?: number; size?: number },
  signal?: AbortSignal,
): Promise<Page<ReviewQueueRow>> {
  const data = await api.get<Page<ReviewQueueRow> | ReviewQueueRow[]>('/review-queue', {
    query: { periodId: query.periodId, status: query.status ?? 'SUBMITTED', page: query.page, size: query.size },
    signal,
  })
  return toPage(data)
}
