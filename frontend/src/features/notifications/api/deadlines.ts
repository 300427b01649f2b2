import { api, type Page } from '@/lib/api-client'
import type { NotificationSchemas } from '@/api/types'

// Thời hạn: a due instant a unit must meet, learned from the other services' events.
export type Deadline = NotificationSchemas['DeadlineView']

export function listDeadlines(page: number, size: number): Promise<Page<Deadline>> {
  return api.get<NotificationSchemas['PageResponseDeadlineView']>('/deadlines', { query: { page, size } })
}
