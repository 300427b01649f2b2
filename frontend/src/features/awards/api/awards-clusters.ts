import { api, toPage, type Page } from '@/lib/api-client'
import type { ClusterScoresRequest, ClusterView } from './types.contract'

// Khối thi đua of award-service (/emulation-clusters): the clusters of a year in the caller's
// scope (a unit sees those it belongs to), the covenant and the year-end scores. plan-service owns
// the clusters themselves (name, members: the admin screens).

const cluster = (id: string) => `/emulation-clusters/${encodeURIComponent(id)}`

export async function listEmulationClusters(query: { year?: number; page: number; size: number }): Promise<Page<ClusterView>> {
  return toPage(await api.get<Page<ClusterView>>('/emulation-clusters', { query }))
}

export function getEmulationCluster(id: string, signal?: AbortSignal): Promise<ClusterView> {
  return api.get<ClusterView>(cluster(id), { signal })
}

/** Ký (or re-sign with a new text) the covenant: the office, or the head unit's unit user. */
export function signClusterCovenant(id: string, text: string): Promise<ClusterView> {
  return api.put<ClusterView>(`${cluster(id)}/covenant`, { text })
}

/** 400 names the row: `scores[2].rank`, with the server's sentence; nothing stored then. */
export function saveClusterScores(id: string, request: ClusterScoresRequest): Promise<ClusterView> {
  return api.put<ClusterView>(`${cluster(id)}/scores`, request)
}
