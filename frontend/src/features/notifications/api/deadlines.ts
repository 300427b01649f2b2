import { api, type Page } from '@/lib/api-client'
import type { NotificationSchemas } from '@/api/types'
import type { Deadline } from './types'

// Thời hạn: a due instant a unit must meet, learned from the other services' events.
export type { Deadline, DeadlineState } from './types'

export function listDeadlines(page: number, size: number): Promise<Page<Deadline>> {
  return api.get<NotificationSchemas['PageResponseDeadlineView']>('/deadlines', { query: { page, size } })
}
