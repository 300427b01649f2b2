import { api, type Page } from '@/lib/api-client'
import type { InboxItem, UnreadCount } from './types'

export type { InboxItem } from './types'

export function listInbox(query: { unreadOnly?: boolean; page: number; size: number }, signal?: AbortSignal): Promise<Page<InboxItem>> {
  return api.get<Page<InboxItem>>('/inbox', { query: { unreadOnly: query.unreadOnly || undefined, page: query.page, size: query.size }, signal })
}

export async function unreadCount(signal?: AbortSignal): Promise<number> {
  const answer = await api.get<UnreadCount | undefined>('/inbox/unread-count', { signal })
  const count = Number(answer?.count)
  return Number.isFinite(count) && count > 0 ? count : 0
}

export function markRead(id: string): Promise<unknown> {
  return api.post(`/inbox/${encodeURIComponent(id)}/read`)
}

export function markAllRead(): Promise<unknown> {
  return api.post('/inbox/read-all')
}
