import { api, type Page } from '@/lib/api-client'

// Thời hạn: a due instant a unit must meet, learned from the other services' events.
export interface Deadline {
  id: string
  title: string
  unitName: string
  dueAt: string
  status: string
}

export function listDeadlines(page: number, size: number): Promise<Page<Deadline>> {
  return api.get<Page<Deadline>>('/deadlines', { query: { page, size } })
}
