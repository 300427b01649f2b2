import { api, toPage, type Page } from '@/lib/api-client'

/** A unit in the caller's scope, as GET /units lists it. */
export interface ScopeUnit {
  id: string
  code?: string
  name: string
  kind: string
  path: string
  parentId?: string | null
}

/** Communes and wards issue plans. */
export const ISSUING_KINDS: readonly string[] = ['COMMUNE', 'WARD']
/** Administrative levels that are never implementing units of a commune plan. */
export const NON_ADDRESSEE_KINDS: readonly string[] = ['COMMUNE', 'WARD', 'CITY', 'PROVINCE']

const PAGE_SIZE = 200
const MAX_PAGES = 10

/** Every unit in the caller's scope (a commune has a few dozen; pages are followed just in case). */
export async function listScopeUnits(signal?: AbortSignal): Promise<ScopeUnit[]> {
  const units: ScopeUnit[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: Page<ScopeUnit> = toPage(
      await api.get<Page<ScopeUnit> | ScopeUnit[]>('/units', { query: { page, size: PAGE_SIZE }, signal }),
    )
    units.push(...result.items)
    if (result.items.length < PAGE_SIZE || units.length >= result.total) break
  }
  return units
}
