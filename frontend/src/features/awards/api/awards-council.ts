import { api, toPage, type Page } from '@/lib/api-client'
import type {
  BallotRequest,
  CouncilCandidate,
  CouncilSessionStatus,
  CouncilSessionView,
  CreateCouncilSessionRequest,
  RoundOption,
} from './types-council'

export type * from './types-council'

const session = (id: string) => `/council-sessions/${encodeURIComponent(id)}`

export function listCouncilSessions(
  query: { roundId?: string; status?: CouncilSessionStatus | ''; page: number; size: number },
  signal?: AbortSignal,
): Promise<Page<CouncilSessionView>> {
  return api.get<Page<CouncilSessionView>>('/council-sessions', { query, signal })
}

export function getCouncilSession(id: string, signal?: AbortSignal): Promise<CouncilSessionView> {
  return api.get<CouncilSessionView>(session(id), { signal })
}

export function createCouncilSession(body: CreateCouncilSessionRequest): Promise<CouncilSessionView> {
  return api.post<CouncilSessionView>('/council-sessions', body)
}

export function saveAttendance(id: string, present: string[]): Promise<CouncilSessionView> {
  return api.put<CouncilSessionView>(`${session(id)}/attendance`, { present })
}

export function openCouncilSession(id: string, votingClosesAt: string): Promise<CouncilSessionView> {
  return api.post<CouncilSessionView>(`${session(id)}/open`, { votingClosesAt })
}

export function closeCouncilSession(id: string): Promise<CouncilSessionView> {
  return api.post<CouncilSessionView>(`${session(id)}/close`)
}

export function recuse(id: string, nominationId: string, reason: string): Promise<CouncilSessionView> {
  return api.post<CouncilSessionView>(`${session(id)}/recusals`, { nominationId, reason })
}

export function castBallot(id: string, body: BallotRequest): Promise<CouncilSessionView> {
  return api.post<CouncilSessionView>(`${session(id)}/ballots`, body)
}

export function downloadMinutes(id: string, format: 'pdf' | 'docx'): Promise<Blob> {
  return api.getBlob(`${session(id)}/minutes`, { query: { format } })
}

/** Rounds of the caller's commune a session can be held for. */
export async function listRoundOptions(signal?: AbortSignal): Promise<RoundOption[]> {
  return toPage(await api.get<Page<RoundOption> | RoundOption[]>('/award-rounds', { query: { page: 0, size: 100 }, signal })).items
}

/** Active council users in the office's commune (plan-service directory). */
export async function listCouncilCandidates(signal?: AbortSignal): Promise<CouncilCandidate[]> {
  const query = { role: 'council', active: true, page: 0, size: 200 }
  return toPage(await api.get<Page<CouncilCandidate> | CouncilCandidate[]>('/users', { query, signal })).items
}
