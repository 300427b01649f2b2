// Công khai: what the public pages read without a token (CONTRACT-7, helper `decisions`).

export interface PublicCommune {
  id: string
  code: string
  name: string
  path: string
}

export interface PublicPostingItem {
  nominationId: string
  nomineeKind: string
  nomineeName: string
  position: string | null
  nominatingUnitName: string
  formCode: string
  formName: string
  achievements: string | null
}

export interface PublicPosting {
  id: string
  roundId: string
  title: string
  communeName: string
  postedAt: string
  startsOn: string
  endsOn: string
  workingDays: number
  windowOpen: boolean
  items: PublicPostingItem[]
}

export interface ObjectionRequest {
  nominationId?: string | null
  name: string
  contact: string
  text: string
}

export interface ObjectionReceipt {
  id: string
  receivedAt: string
}

export interface HonourEntry {
  nomineeKind: string
  nomineeName: string
  unitName: string
  formName: string
  decisionNumber: string
  decisionDate: string
  year: number
}
