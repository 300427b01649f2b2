import { api, toPage, type Page } from '@/lib/api-client'
import type { HonourEntry, ObjectionReceipt, ObjectionRequest, PublicCommune, PublicPosting } from './types-public'

export type * from './types-public'

// Public pages send no token (auth: false): a signed-in visitor reads the same as anyone.
const open = { auth: false } as const

/** Lists may come bare or paged; the public pages show them whole. */
const items = <T>(data: Page<T> | T[]): T[] => toPage(data).items

export async function listPublicCommunes(signal?: AbortSignal): Promise<PublicCommune[]> {
  return items(await api.get<Page<PublicCommune> | PublicCommune[]>('/public/communes', { ...open, signal }))
}

export async function listPublicPostings(commune: string, signal?: AbortSignal): Promise<PublicPosting[]> {
  const query = { commune, page: 0, size: 100 }
  return items(await api.get<Page<PublicPosting> | PublicPosting[]>('/public/postings', { ...open, query, signal }))
}

export function getPublicPosting(id: string, signal?: AbortSignal): Promise<PublicPosting> {
  return api.get<PublicPosting>(`/public/postings/${encodeURIComponent(id)}`, { ...open, signal })
}

export function sendObjection(postingId: string, body: ObjectionRequest): Promise<ObjectionReceipt> {
  return api.post<ObjectionReceipt>(`/public/postings/${encodeURIComponent(postingId)}/objections`, body, open)
}

export async function listHonours(commune: string, year: number, signal?: AbortSignal): Promise<HonourEntry[]> {
  const query = { commune, year, page: 0, size: 100 }
  return items(await api.get<Page<HonourEntry> | HonourEntry[]>('/public/honours', { ...open, query, signal }))
}
