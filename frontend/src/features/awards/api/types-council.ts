// Hội đồng Thi đua - Khen thưởng: the council-session shapes of CONTRACT-7 (helper `council`),
// checked against award-service's OpenAPI document by schema.contract.ts.

export type CouncilSeat = 'CHAIR' | 'SECRETARY' | 'MEMBER'
export type CouncilSessionStatus = 'PLANNED' | 'OPEN' | 'CLOSED'
export type BallotChoice = 'AGREE' | 'DISAGREE' | 'ABSTAIN'

export interface CouncilMemberView {
  userId: string
  username: string
  fullName: string
  seat: CouncilSeat
  present: boolean
  voted: boolean
}

export interface CouncilRecusalView {
  userId: string
  fullName: string
  reason: string
}

/** Who chose what: only after CLOSED and only for an open (not secret) ballot. */
export interface CouncilBallotView {
  userId: string
  fullName: string
  choice: BallotChoice
}

export interface CouncilTally {
  agree: number
  disagree: number
  abstain: number
  recused: number
  notVoted: number
  passed: boolean
}

export interface CouncilAgendaItem {
  nominationId: string
  position: number
  nomineeKind: string
  nomineeName: string
  nominatingUnitId: string
  nominatingUnitName: string
  formCode: string
  formName: string
  achievements: string | null
  thresholdPercent: number
  myChoice: BallotChoice | null
  iRecused: boolean
  recusals: CouncilRecusalView[]
  /** How many members have voted on it (live while OPEN). */
  votedCount: number
  /** Only once the session is CLOSED. */
  tally: CouncilTally | null
  ballots: CouncilBallotView[] | null
}

export interface CouncilSessionView {
  id: string
  roundId: string
  roundTitle: string
  communePath: string
  title: string
  scheduledOn: string | null
  location: string | null
  secretBallot: boolean
  quorumPercent: number
  status: CouncilSessionStatus
  openedAt: string | null
  votingClosesAt: string | null
  closedAt: string | null
  totalMembers: number
  presentCount: number
  quorumMet: boolean
  members: CouncilMemberView[]
  agenda: CouncilAgendaItem[]
  me: { member: boolean; seat: CouncilSeat | null }
  version: number
}

export interface CreateCouncilSessionRequest {
  roundId: string
  title: string
  scheduledOn: string
  location: string
  secretBallot: boolean
  quorumPercent?: number
  members: { userId: string; seat: CouncilSeat }[]
  nominationIds?: string[]
}

export interface BallotRequest {
  votes: { nominationId: string; choice: BallotChoice }[]
}

/** The few fields of an award round the session form needs (RoundView of helper `rules`). */
export interface RoundOption {
  id: string
  title: string
  year: number
  status: string
  communeName: string
}

/** A council user of the commune (plan-service's UserView, the fields used here). */
export interface CouncilCandidate {
  id: string
  username: string
  fullName: string
  unitName: string | null
}

/** A row of the session form's member picker. */
export interface MemberChoice {
  candidate: CouncilCandidate
  included: boolean
  seat: CouncilSeat
}
