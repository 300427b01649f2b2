// Ban Thi đua - Khen thưởng cấp trên: the board shapes of CONTRACT-7 (helper `board`), hand-written
// until the award-service schema is regenerated after the merge.

export type BoardNominationStatus = 'FORWARDED' | 'DECIDED' | 'REFUSED'
export type BoardOutcome = 'ACCEPTED' | 'REFUSED'

export interface BoardAttachment {
  id: string
  kind: string
  fileName: string
  mediaType: string
  sizeBytes: number
  sha256?: string
  uploadedAt?: string
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
  unitName?: string | null
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
  formCode: string
  formName: string
  achievements: string | null
  council: { agree: number; disagree: number; abstain: number; totalMembers: number } | null
  attachments: BoardAttachment[]
  status: BoardNominationStatus
  boardDecision: (Partial<BoardDecisionReceipt> & Partial<BoardDecisionRequest>) | null
}
