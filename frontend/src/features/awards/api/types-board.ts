// Ban Thi đua - Khen thưởng cấp trên: the board shapes of CONTRACT-7 (helper `board`), hand-written
// checked against award-service's OpenAPI document by schema.contract.ts.

export type BoardNominationStatus = 'FORWARDED' | 'DECIDED' | 'REFUSED'
export type BoardOutcome = 'ACCEPTED' | 'REFUSED'

/** An attachment of a forwarded dossier; the board downloads it at `downloadPath` (an /api/v1 path). */
export interface BoardAttachment {
  id: string
  kind: string
  fileName: string
  mediaType: string
  sizeBytes: number
  sha256: string
  downloadPath: string
}

export interface BoardDecisionRequest {
  outcome: BoardOutcome
  decisionNumber: string
  decisionDate: string
  decidingBody: string
  note: string
}

export interface BoardDecisionReceipt {
  receiptId: string
  nominationId: string
  outcome: BoardOutcome
  decisionNumber: string
  decisionDate: string
  receivedAt: string
  awardRecordId: string | null
}

export interface BoardNominee {
  fullName?: string | null
  dateOfBirth?: string | null
  gender?: string | null
  position?: string | null
  unitId?: string | null
  unitName?: string | null
  authors?: string | null
  address?: string | null
  householdHead?: string | null
  initiativeTitle?: string | null
  recognisingBody?: string | null
  recognisedOn?: string | null
}

export interface BoardNomination {
  nominationId: string
  forwardingId: string
  forwardedAt: string
  commune: { id: string; name: string }
  nomineeKind: string
  nomineeName: string
  nominee: BoardNominee | null
  nominatingUnitName: string | null
  formCode: string
  formName: string
  achievements: string | null
  council: { agree: number; disagree: number; abstain: number; totalMembers: number } | null
  attachments: BoardAttachment[]
  status: BoardNominationStatus
  boardDecision: BoardDecisionView | null
}

/** The board's recorded decision on a dossier. */
export interface BoardDecisionView {
  receiptId: string
  outcome: BoardOutcome
  decisionNumber: string
  decisionDate: string
  decidingBody: string | null
  note: string | null
  decidedBy: string
  receivedAt: string
}

/** GET /board/nominations: a page like every list. */
export interface BoardNominationPage {
  items: BoardNomination[]
  page: number
  size: number
  total: number
}
