import { api, toPage, type Page } from '@/lib/api-client'
import type { BoardAttachment, BoardDecisionReceipt, BoardDecisionRequest, BoardNomination, BoardNominationPage, BoardNominationStatus } from './types-board'

export type * from './types-board'

export async function listBoardNominations(
  query: { status?: BoardNominationStatus | ''; communeId?: string; page: number; size: number },
  signal?: AbortSignal,
): Promise<Page<BoardNomination>> {
  return toPage(await api.get<BoardNominationPage>('/board/nominations', { query, signal }))
}

export function getBoardNomination(id: string, signal?: AbortSignal): Promise<BoardNomination> {
  return api.get<BoardNomination>(`/board/nominations/${encodeURIComponent(id)}`, { signal })
}

/** The key is the form's: a retry after a lost answer sends the same one and gets the same receipt. */
export function postBoardDecision(id: string, body: BoardDecisionRequest, idempotencyKey: string): Promise<BoardDecisionReceipt> {
  return api.post<BoardDecisionReceipt>(`/board/nominations/${encodeURIComponent(id)}/decision`, body, {
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

/** An attachment of a forwarded dossier, at the board's own path (GET /board/nominations/{id}/attachments/{aid}). */
export function downloadDossierAttachment(nominationId: string, attachment: Pick<BoardAttachment, 'id'>): Promise<Blob> {
  return api.getBlob(`/board/nominations/${encodeURIComponent(nominationId)}/attachments/${encodeURIComponent(attachment.id)}`)
}
