// The award cycle's API shapes, written by hand from the issue 7 contract and checked field by
// field against award-service's OpenAPI document by schema.contract.ts (`SameKeys`, vue-tsc fails
// when one drifts). Every view is exported, also those only the council/board/public screens read.

// ---- Enumerations (open sets: an unknown value from a newer server still type-checks) ----

export type NomineeKind = 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD' | 'INITIATIVE'
export const NOMINEE_KINDS: readonly NomineeKind[] = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD', 'INITIATIVE']

export type NominationStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'RECALLED'
  | 'RETURNED'
  | 'WITHDRAWN'
  | 'RECEIVED'
  | 'APPRAISED'
  | 'IN_COUNCIL'
  | 'PASSED'
  | 'REJECTED'
  | 'POSTED'
  | 'FORWARDED'
  | 'DECIDED'
  | 'REFUSED'
  | 'ANNULLED'
export const NOMINATION_STATUSES: readonly NominationStatus[] = [
  'DRAFT', 'SUBMITTED', 'RECALLED', 'RETURNED', 'WITHDRAWN', 'RECEIVED', 'APPRAISED', 'IN_COUNCIL',
  'PASSED', 'REJECTED', 'POSTED', 'FORWARDED', 'DECIDED', 'REFUSED', 'ANNULLED',
]

export type RoundOccasion = 'ANNUAL' | 'PRELIMINARY_REVIEW' | 'FINAL_REVIEW' | 'AD_HOC'
export const ROUND_OCCASIONS: readonly RoundOccasion[] = ['ANNUAL', 'PRELIMINARY_REVIEW', 'FINAL_REVIEW', 'AD_HOC']
export type AwardMethod = 'REGULAR' | 'THEMATIC' | 'AD_HOC'
export type RoundStatus = 'OPEN' | 'CLOSED'
export type DecidingAuthority = 'COMMUNE_CHAIRMAN' | 'PROVINCE_CHAIRMAN' | 'PRIME_MINISTER' | 'PRESIDENT'
export type AttachmentKind = 'SUBMISSION_LETTER' | 'ACHIEVEMENT_REPORT' | 'MEETING_MINUTES' | 'OTHER'
export const ATTACHMENT_KINDS: readonly AttachmentKind[] = ['SUBMISSION_LETTER', 'ACHIEVEMENT_REPORT', 'MEETING_MINUTES', 'OTHER']
/** FORM_OFFERED, RECIPIENT_KIND, STANDARDS, INTERVAL, PREREQUISITE, DUPLICATE, RULE_SET. */
export type EligibilityCheckName = 'FORM_OFFERED' | 'RECIPIENT_KIND' | 'STANDARDS' | 'INTERVAL' | 'PREREQUISITE' | 'DUPLICATE' | 'RULE_SET' | (string & {})
export type PrerequisiteKind = 'CONSECUTIVE_YEARS' | 'REGISTERED' | 'CLUSTER_RANK_AT_MOST'
/** NOMINATION: a commune decision of a nomination; BOARD: the board's; IMPORTED: decided before the system. */
export type AwardSource = 'NOMINATION' | 'BOARD' | 'IMPORTED'
export type FundEntryKind = 'BUDGET' | 'PAYMENT' | 'ADJUSTMENT'
export const FUND_ENTRY_KINDS: readonly FundEntryKind[] = ['BUDGET', 'PAYMENT', 'ADJUSTMENT']
export type ObjectionStatus = 'OPEN' | 'RESOLVED'
export type DecisionStatus = 'DRAFT' | 'SIGNED'
export type CouncilSeat = 'CHAIR' | 'SECRETARY' | 'MEMBER'
export type CouncilSessionStatus = 'PLANNED' | 'OPEN' | 'CLOSED'
export type BallotChoice = 'AGREE' | 'DISAGREE' | 'ABSTAIN'
export type BoardOutcome = 'ACCEPTED' | 'REFUSED'
export type DocumentFormat = 'pdf' | 'docx'

// ---- Rule sets ----

export interface RuleStandardView {
  code: string
  text: string
  appliesTo: NomineeKind[]
}

export interface PrerequisiteView {
  kind: PrerequisiteKind
  formCode: string | null
  years: number | null
  rank: number | null
}

export interface RuleView {
  id: string
  formCode: string
  formName: string
  decidingAuthority: DecidingAuthority
  recipientKinds: NomineeKind[]
  standards: RuleStandardView[]
  minIntervalYears: number
  prerequisites: PrerequisiteView[]
  voteThresholdPercent: number
  postingWorkingDays: number
  cashCoefficients: Partial<Record<NomineeKind, number>>
}

export interface RuleSetView {
  id: string
  code: string
  name: string
  legalBasis: string
  effectiveFrom: string
  inForce: boolean
  rules: RuleView[]
}

// ---- Rounds ----

export interface RoundForm {
  code: string
  name: string
  level: string
  rank: number
  decidingAuthority: DecidingAuthority
  recipientKinds: NomineeKind[]
}

export interface NominatorUnit {
  unitId: string
  unitPath: string
  unitName: string
}

export interface RoundView {
  id: string
  communeId: string
  communePath: string
  communeName: string
  planId: string | null
  occasion: RoundOccasion
  method: AwardMethod
  year: number
  title: string
  movementTitle: string | null
  nominationDeadline: string
  councilDate: string | null
  decisionDate: string | null
  nominatorUnitIds: string[] | null
  status: RoundStatus
  forms: RoundForm[]
  canNominate: boolean
  nominatorUnits: NominatorUnit[]
  version: number
  createdAt: string
  createdBy: string
}

/** POST /award-rounds: from a plan (planId + occasion) or ad hoc (occasion AD_HOC + communeId). */
export interface CreateRoundRequest {
  planId?: string
  occasion: RoundOccasion
  year: number
  communeId?: string
  title?: string
  /** An instant (ISO-8601 UTC): the end of the chosen day in Vietnam. */
  nominationDeadline: string | null
  councilDate?: string | null
  decisionDate?: string | null
  formCodes?: string[]
  nominatorUnitIds?: string[] | null
}

/** PUT /award-rounds/{id}: dates, title, forms, nominators. */
export interface UpdateRoundRequest {
  title: string
  /** An instant; null keeps the deadline. */
  nominationDeadline: string | null
  councilDate: string | null
  decisionDate: string | null
  formCodes: string[]
  nominatorUnitIds: string[] | null
  version: number
}

export interface RoundQuery {
  status?: RoundStatus
  year?: number
  page: number
  size: number
}

// ---- Registration (đăng ký thi đua) and clusters ----

export interface RegistrationView {
  id: string
  unitId: string
  unitName: string
  year: number
  formCodes: string[]
  note: string | null
  registeredAt: string
  registeredBy: string
  version: number
}

export interface RegistrationRequest {
  formCodes: string[]
  note: string
  version?: number
}

export interface ClusterMemberView {
  unitId: string
  unitName: string
  score: number | null
  rank: number | null
}

export interface ClusterView {
  id: string
  name: string
  year: number
  communeId: string
  headUnitId: string | null
  deputyUnitId: string | null
  members: ClusterMemberView[]
  covenant: { text: string; signedAt: string; signedBy: string } | null
}

// ---- Award history (tra cứu) ----

export interface AwardRecordView {
  id: string
  nomineeKind: NomineeKind
  nomineeName: string
  dateOfBirth: string | null
  positionTitle: string | null
  unitId: string | null
  unitName: string | null
  formCode: string
  formName: string
  year: number
  movementTitle: string | null
  method: AwardMethod | null
  decisionNumber: string | null
  decisionDate: string | null
  decidingAuthority: DecidingAuthority | null
  cashAmountVnd: number | null
  source: AwardSource
  achievement: string | null
  nominationId: string | null
  annulled: boolean
  annulReason: string | null
  annulDecisionRef: string | null
  annulledAt: string | null
}

export interface AwardRecordQuery {
  q?: string
  nomineeKind?: NomineeKind | ''
  unitId?: string
  formCode?: string
  movement?: string
  year?: number
  includeAnnulled?: boolean
  page: number
  size: number
}

// ---- Nominations (hồ sơ đề nghị) ----

export interface NomineeInput {
  fullName?: string | null
  dateOfBirth?: string | null
  gender?: string | null
  position?: string | null
  unitId?: string | null
  unitName?: string | null
  householdHead?: string | null
  address?: string | null
  initiativeTitle?: string | null
  recognisingBody?: string | null
  recognisedOn?: string | null
  authors?: string | null
}

export interface StandardAnswerView {
  code: string
  met: boolean
  note: string | null
}

export interface EligibilityCheckView {
  check: EligibilityCheckName
  passed: boolean
  message: string
  nextEligibleOn: string | null
}

export interface EligibilityView {
  /** null: not checked yet (a draft created and not saved since). */
  passed: boolean | null
  checkedAt: string | null
  checks: EligibilityCheckView[]
  overrideReason: string | null
  overrideBy: string | null
  overrideAt: string | null
}

/** GET /nominations/{id}/eligibility: the live result (nothing stored), with the rule set it used. */
export interface LiveEligibilityView {
  passed: boolean
  checkedAt: string | null
  ruleSetCode: string | null
  checks: EligibilityCheckView[]
}

export interface NominationReportRef {
  reportId: string
  year: number
  unitName: string
  acceptedAt: string
}

export interface AppraisalView {
  eligible: boolean
  note: string | null
  by: string
  at: string
}

export interface NominationAttachmentView {
  id: string
  kind: AttachmentKind
  fileName: string
  mediaType: string
  sizeBytes: number
  sha256: string
  uploadedBy: string
  uploadedAt: string
}

export interface NominationView {
  id: string
  roundId: string
  roundTitle: string
  formCode: string
  formName: string
  ruleSetCode: string | null
  nominatingUnit: { id: string; path: string; name: string }
  nomineeKind: NomineeKind
  nomineeName: string
  nominee: NomineeInput
  achievements: string
  standards: StandardAnswerView[]
  reports: NominationReportRef[]
  status: NominationStatus
  eligibility: EligibilityView | null
  assignedOfficer: string | null
  appraisal: AppraisalView | null
  returnReason: string | null
  submittedAt: string | null
  submittedBy: string | null
  receivedAt: string | null
  attachments: NominationAttachmentView[]
  version: number
  createdAt: string
  updatedAt: string
}

/** The editable part of a dossier (POST body without roundId/formCode/unit; PUT body with version). */
export interface NominationBody {
  nomineeKind: NomineeKind
  nominee: NomineeInput
  achievements: string
  standards: { code: string; met: boolean; note: string | null }[]
  reportIds: string[]
}

export interface CreateNominationRequest extends NominationBody {
  roundId: string
  formCode: string
  nominatingUnitId?: string
}

export interface UpdateNominationRequest extends NominationBody {
  formCode: string
  /** Optional; a different unit than the dossier's is refused (the nominating unit never changes). */
  nominatingUnitId?: string
  version: number
}

export interface NominationQuery {
  roundId?: string
  status?: NominationStatus | ''
  unitId?: string
  formCode?: string
  q?: string
  page: number
  size: number
}

/** Bodies of the office's moves (withdraw/return/override take a reason). */
export interface MoveBodiesReason {
  reason: string
}
export interface AssignBody {
  officer: string
}
export interface AppraiseBody {
  eligible: boolean
  note: string
}

export interface ImportResult {
  created: number
  ids: string[]
}

export interface NominationLogEntry {
  at: string
  actor: string
  action: string
  fromStatus: NominationStatus | null
  toStatus: NominationStatus | null
  toParty: string | null
  note: string | null
}

// ---- Council (spa-b's screens; exported here so every view of the contract has one home) ----

export interface CouncilTally {
  agree: number
  disagree: number
  abstain: number
  recused: number
  notVoted: number
  passed: boolean
}

export interface SessionMemberView {
  userId: string
  username: string
  fullName: string
  seat: CouncilSeat
  present: boolean
  voted: boolean
}

export interface BallotView {
  userId: string
  fullName: string
  choice: BallotChoice
}

export interface AgendaItemView {
  nominationId: string
  position: number
  nomineeKind: NomineeKind
  nomineeName: string
  nominatingUnitId: string
  nominatingUnitName: string
  formCode: string
  formName: string
  achievements: string
  thresholdPercent: number
  myChoice: BallotChoice | null
  iRecused: boolean
  recusals: { userId: string; fullName: string; reason: string }[]
  /** How many members voted on it (the live count while OPEN). */
  votedCount: number
  tally: CouncilTally | null
  /** Who chose what: only after CLOSED of an open (not secret) ballot, else null. */
  ballots: BallotView[] | null
}

export interface SessionView {
  id: string
  roundId: string
  roundTitle: string
  communePath: string
  title: string
  scheduledOn: string
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
  members: SessionMemberView[]
  agenda: AgendaItemView[]
  me: { member: boolean; seat: CouncilSeat | null }
  version: number
}

// ---- Public posting and objections ----

export interface ObjectionView {
  id: string
  postingId: string
  nominationId: string | null
  senderName: string
  contact: string
  text: string
  receivedAt: string
  status: ObjectionStatus
  upheld: boolean | null
  resolution: string | null
  resolvedBy: string | null
  resolvedAt: string | null
}

export interface PostingItemView {
  nominationId: string
  nomineeKind: NomineeKind
  nomineeName: string
  position: string | null
  nominatingUnitName: string
  formCode: string
  formName: string
  achievements: string
}

export interface PostingView {
  id: string
  roundId: string
  title: string
  communeName: string
  postedAt: string
  startsOn: string
  endsOn: string
  workingDays: number
  windowOpen: boolean
  items: PostingItemView[]
  /** Absent in the public view. */
  objections?: ObjectionView[]
}

export interface CreatePostingRequest {
  roundId: string
  title?: string
  nominationIds?: string[]
}

export interface ObjectionResolutionRequest {
  upheld: boolean
  resolution: string
}

export interface PublicCommune {
  id: string
  code: string
  name: string
  path: string
}

export interface PublicObjectionRequest {
  nominationId?: string
  name: string
  contact: string
  text: string
}

export interface HonourView {
  nomineeKind: NomineeKind
  nomineeName: string
  unitName: string | null
  formName: string
  decisionNumber: string
  decisionDate: string
  year: number
}

// ---- Commune decisions ----

export interface DecisionItemView {
  nominationId: string
  nomineeKind: NomineeKind
  nomineeName: string
  unitName: string | null
  formName: string
  cashAmountVnd: number | null
}

export interface DecisionView {
  id: string
  roundId: string
  year: number
  number: string | null
  title: string
  basis: string
  status: DecisionStatus
  decisionDate: string | null
  draftedBy: string
  signedBy: string | null
  signerName: string | null
  signerTitle: string | null
  signedAt: string | null
  items: DecisionItemView[]
  totalCashVnd: number
  version: number
}

export interface CreateDecisionRequest {
  roundId: string
  title: string
  basis: string
  nominationIds: string[]
}

export interface UpdateDecisionRequest {
  title: string
  basis: string
  nominationIds: string[]
  version: number
}

/** POST /decisions/{id}/sign: both optional (decision date defaults to today). */
export interface SignDecisionRequest {
  decisionDate?: string
  signerTitle?: string
}

export interface AnnulmentRequest {
  reason: string
  decisionRef: string
}

// ---- Forwarding and the board ----

export interface ForwardingItemView {
  nominationId: string
  nomineeKind: NomineeKind
  nomineeName: string
  nominatingUnitName: string
  formCode: string
  formName: string
  status: NominationStatus
}

export interface ForwardingView {
  id: string
  roundId: string
  communeId: string
  communeName: string | null
  boardUnitId: string
  boardUnitPath: string
  boardUnitName: string | null
  letterNumber: string | null
  note: string | null
  forwardedAt: string
  forwardedBy: string
  items: ForwardingItemView[]
}

export interface CreateForwardingRequest {
  roundId: string
  nominationIds: string[]
  letterNumber?: string
  note?: string
}

export interface BoardDecisionRequest {
  outcome: BoardOutcome
  decisionNumber: string
  decisionDate: string
  decidingBody: string
  note: string
}

export interface BoardReceipt {
  receiptId: string
  nominationId: string
  outcome: BoardOutcome
  decisionNumber: string
  decisionDate: string
  receivedAt: string
  awardRecordId: string | null
}

/** An attachment of a forwarded dossier as the board reads it (download at `downloadPath`). */
export interface BoardAttachmentView {
  id: string
  kind: AttachmentKind
  fileName: string
  mediaType: string
  sizeBytes: number
  sha256: string
  downloadPath: string
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

export interface BoardNominationView {
  nominationId: string
  forwardingId: string
  forwardedAt: string
  commune: { id: string; name: string }
  nomineeKind: NomineeKind
  nomineeName: string
  nominee: NomineeInput
  nominatingUnitName: string
  formCode: string
  formName: string
  achievements: string
  council: { agree: number; disagree: number; abstain: number; totalMembers: number } | null
  attachments: BoardAttachmentView[]
  status: NominationStatus
  boardDecision: BoardDecisionView | null
}

// ---- Fund (quỹ thi đua, khen thưởng) ----

export interface FundEntryView {
  id: string
  kind: FundEntryKind
  amountVnd: number
  awardRecordId: string | null
  note: string | null
  createdAt: string
  createdBy: string
}

export interface FundView {
  communeId: string
  year: number
  budgetedVnd: number
  committedVnd: number
  paidVnd: number
  balanceVnd: number
  entries: FundEntryView[]
}

export interface FundEntryRequest {
  kind: FundEntryKind
  amountVnd: number
  awardRecordId?: string | null
  note: string
}

// ---- Certificates (in phôi) ----

export interface CertificateFieldBox {
  x: number
  y: number
  width: number
  fontSize: number
}

export interface CertificateLayoutView {
  id: string
  communeId: string
  formCode: string
  pageWidthMm: number
  pageHeightMm: number
  fields: Record<'recipient' | 'achievement' | 'decisionNumber' | 'decisionDate' | 'signer', CertificateFieldBox>
  updatedAt: string
  updatedBy: string
  version: number
}

export type CertificateField = keyof CertificateLayoutView['fields']
export const CERTIFICATE_FIELDS: readonly CertificateField[] = ['recipient', 'achievement', 'decisionNumber', 'decisionDate', 'signer']

/** PUT /certificate-layouts/{formCode}: page in mm, boxes in mm, font size in pt; version when editing. */
export interface CertificateLayoutRequest {
  pageWidthMm: number
  pageHeightMm: number
  fields: CertificateLayoutView['fields']
  version?: number
}

/** The award forms' catalogue (GET /award-forms), the fields the layout screen reads. */
export interface AwardFormOption {
  id: string
  code: string
  name: string
  active: boolean
}

// ---- Cluster covenant and year-end scores (khối thi đua) ----

export interface CovenantRequest {
  text: string
}

export interface ClusterScoreInput {
  unitId: string
  score: number
  rank: number
  note?: string
}

export interface ClusterScoresRequest {
  scores: ClusterScoreInput[]
}
