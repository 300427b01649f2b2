// Compile-time check that the award screens' hand-written API shapes (types.contract.ts for the
// unit/office screens, types-council.ts, types-board.ts, types-public.ts) name the same fields as
// award-service's OpenAPI document (src/api/generated/award.ts): vue-tsc fails here when one
// drifts. Like src/features/reports/api/types.contract.ts; refresh the schema with
// frontend/scripts/update-openapi.sh.
import type { AwardSchemas as S, PlanSchemas } from '@/api/types'
import type { SameKeys } from '@/api/contract'
import type * as T from './types.contract'
import type * as C from './types-council'
import type * as B from './types-board'
import type * as P from './types-public'

type Item<A> = A extends readonly (infer I)[] ? I : never
type Present<A> = Exclude<A, null | undefined>

export const contract: {
  ruleStandard: SameKeys<T.RuleStandardView, S['StandardView']>
  prerequisite: SameKeys<T.PrerequisiteView, S['PrerequisiteView']>
  rule: SameKeys<T.RuleView, S['RuleView']>
  ruleSet: SameKeys<T.RuleSetView, S['RuleSetView']>
  roundForm: SameKeys<T.RoundForm, S['RoundFormView']>
  nominatorUnit: SameKeys<T.NominatorUnit, S['NominatorUnitView']>
  round: SameKeys<T.RoundView, S['RoundView']>
  createRound: SameKeys<T.CreateRoundRequest, S['CreateRoundRequest']>
  updateRound: SameKeys<T.UpdateRoundRequest, S['UpdateRoundRequest']>
  registration: SameKeys<T.RegistrationView, S['RegistrationView']>
  registrationRequest: SameKeys<T.RegistrationRequest, S['RegistrationRequest']>
  cluster: SameKeys<T.ClusterView, S['ClusterView']>
  clusterMember: SameKeys<T.ClusterMemberView, S['MemberView1']>
  covenant: SameKeys<Present<T.ClusterView['covenant']>, S['CovenantView']>
  awardRecord: SameKeys<T.AwardRecordView, S['AwardRecordView']>
  annulledAward: SameKeys<T.AwardRecordView, S['AnnulledAwardView']>
  nomineeInput: SameKeys<T.NomineeInput, S['NomineeInput']>
  nominee: SameKeys<T.NomineeInput, S['Nominee']>
  standardAnswer: SameKeys<T.StandardAnswerView, S['StandardAnswer']>
  standardInput: SameKeys<Item<T.NominationBody['standards']>, S['StandardInput']>
  eligibilityCheck: SameKeys<T.EligibilityCheckView, S['CheckView']>
  eligibility: SameKeys<T.EligibilityView, S['EligibilityView']>
  liveEligibility: SameKeys<T.LiveEligibilityView, S['LiveEligibilityView']>
  reportRef: SameKeys<T.NominationReportRef, S['ReportRef']>
  appraisal: SameKeys<T.AppraisalView, S['AppraisalView']>
  attachment: SameKeys<T.NominationAttachmentView, S['AttachmentView1']>
  nominatingUnit: SameKeys<T.NominationView['nominatingUnit'], S['UnitRef']>
  nomination: SameKeys<T.NominationView, S['NominationView']>
  createNomination: SameKeys<T.CreateNominationRequest, S['CreateNominationRequest']>
  updateNomination: SameKeys<T.UpdateNominationRequest, S['UpdateNominationRequest']>
  importResult: SameKeys<T.ImportResult, S['ImportResult']>
  logLine: SameKeys<T.NominationLogEntry, S['LogLineView']>
  reason: SameKeys<T.MoveBodiesReason, S['ReasonRequest']>
  assign: SameKeys<T.AssignBody, S['AssignRequest']>
  appraise: SameKeys<T.AppraiseBody, S['AppraiseRequest']>
  objection: SameKeys<T.ObjectionView, S['ObjectionView']>
  postingItem: SameKeys<T.PostingItemView, S['PostedItemView']>
  posting: SameKeys<T.PostingView, S['PostingView']>
  createPosting: SameKeys<T.CreatePostingRequest, S['CreatePostingRequest']>
  resolution: SameKeys<T.ObjectionResolutionRequest, S['ResolutionRequest']>
  decisionItem: SameKeys<T.DecisionItemView, S['DecisionItemView']>
  decision: SameKeys<T.DecisionView, S['DecisionView']>
  createDecision: SameKeys<T.CreateDecisionRequest, S['CreateDecisionRequest']>
  updateDecision: SameKeys<T.UpdateDecisionRequest, S['UpdateDecisionRequest']>
  signDecision: SameKeys<T.SignDecisionRequest, S['SignDecisionRequest']>
  annulment: SameKeys<T.AnnulmentRequest, S['AnnulmentRequest']>
  forwardingItem: SameKeys<T.ForwardingItemView, S['ForwardingItemView']>
  forwarding: SameKeys<T.ForwardingView, S['ForwardingView']>
  createForwarding: SameKeys<T.CreateForwardingRequest, S['ForwardRequest']>
  fundEntry: SameKeys<T.FundEntryView, S['FundEntryView']>
  fund: SameKeys<T.FundView, S['FundView']>
  fundEntryRequest: SameKeys<T.FundEntryRequest, S['FundEntryRequest']>
  certificateBox: SameKeys<T.CertificateFieldBox, S['FieldBox']>
  certificateLayout: SameKeys<T.CertificateLayoutView, S['LayoutView']>
  certificateFields: SameKeys<T.CertificateLayoutView['fields'], S['LayoutFields']>
  certificateLayoutRequest: SameKeys<T.CertificateLayoutRequest, S['LayoutRequest']>
  awardFormOption: SameKeys<T.AwardFormOption, Pick<S['AwardFormView'], keyof T.AwardFormOption>>
  covenantRequest: SameKeys<T.CovenantRequest, S['CovenantRequest']>
  scoreRequest: SameKeys<T.ClusterScoreInput, S['ScoreRequest']>
  scoresRequest: SameKeys<T.ClusterScoresRequest, S['ScoresRequest']>
  // council (types-council.ts; the copies in types.contract.ts too)
  councilMember: SameKeys<C.CouncilMemberView, S['MemberView']>
  councilRecusal: SameKeys<C.CouncilRecusalView, S['RecusalView']>
  councilBallot: SameKeys<C.CouncilBallotView, S['BallotView']>
  councilTally: SameKeys<C.CouncilTally, S['TallyView']>
  councilAgendaItem: SameKeys<C.CouncilAgendaItem, S['AgendaItemView']>
  councilMe: SameKeys<C.CouncilSessionView['me'], S['MeView']>
  councilSession: SameKeys<C.CouncilSessionView, S['SessionView']>
  createCouncilSession: SameKeys<C.CreateCouncilSessionRequest, S['CreateSessionRequest']>
  councilSeat: SameKeys<Item<C.CreateCouncilSessionRequest['members']>, S['MemberRequest']>
  ballot: SameKeys<C.BallotRequest, S['BallotRequest']>
  vote: SameKeys<Item<C.BallotRequest['votes']>, S['VoteRequest']>
  sessionMember: SameKeys<T.SessionMemberView, S['MemberView']>
  agendaItem: SameKeys<T.AgendaItemView, S['AgendaItemView']>
  session: SameKeys<T.SessionView, S['SessionView']>
  councilCandidate: SameKeys<C.CouncilCandidate, Pick<PlanSchemas['UserView'], keyof C.CouncilCandidate>>
  // board (types-board.ts; the copies in types.contract.ts too)
  boardAttachment: SameKeys<B.BoardAttachment, S['AttachmentView']>
  boardDecisionRequest: SameKeys<B.BoardDecisionRequest, S['BoardDecisionRequest']>
  boardReceipt: SameKeys<B.BoardDecisionReceipt, S['BoardDecisionReceipt']>
  boardDecision: SameKeys<B.BoardDecisionView, S['BoardDecisionView']>
  boardNominee: SameKeys<B.BoardNominee, S['Nominee']>
  boardNomination: SameKeys<B.BoardNomination, S['BoardNominationView']>
  boardCommune: SameKeys<B.BoardNomination['commune'], S['CommuneRef']>
  boardCouncil: SameKeys<Present<B.BoardNomination['council']>, S['CouncilTally']>
  boardPage: SameKeys<B.BoardNominationPage, S['BoardNominationPage']>
  boardNominationT: SameKeys<T.BoardNominationView, S['BoardNominationView']>
  boardDecisionRequestT: SameKeys<T.BoardDecisionRequest, S['BoardDecisionRequest']>
  boardReceiptT: SameKeys<T.BoardReceipt, S['BoardDecisionReceipt']>
  // public (types-public.ts; the copies in types.contract.ts too)
  publicCommune: SameKeys<P.PublicCommune, S['PublicCommuneView']>
  publicPostingItem: SameKeys<P.PublicPostingItem, S['PostedItemView']>
  publicPosting: SameKeys<P.PublicPosting, S['PublicPostingView']>
  objectionRequest: SameKeys<P.ObjectionRequest, S['ObjectionRequest']>
  objectionReceipt: SameKeys<P.ObjectionReceipt, S['ObjectionReceipt']>
  honour: SameKeys<P.HonourEntry, S['HonourView']>
  publicCommuneT: SameKeys<T.PublicCommune, S['PublicCommuneView']>
  publicObjectionT: SameKeys<T.PublicObjectionRequest, S['ObjectionRequest']>
  honourT: SameKeys<T.HonourView, S['HonourView']>
} = {
  ruleStandard: true,
  prerequisite: true,
  rule: true,
  ruleSet: true,
  roundForm: true,
  nominatorUnit: true,
  round: true,
  createRound: true,
  updateRound: true,
  registration: true,
  registrationRequest: true,
  cluster: true,
  clusterMember: true,
  covenant: true,
  awardRecord: true,
  annulledAward: true,
  nomineeInput: true,
  nominee: true,
  standardAnswer: true,
  standardInput: true,
  eligibilityCheck: true,
  eligibility: true,
  liveEligibility: true,
  reportRef: true,
  appraisal: true,
  attachment: true,
  nominatingUnit: true,
  nomination: true,
  createNomination: true,
  updateNomination: true,
  importResult: true,
  logLine: true,
  reason: true,
  assign: true,
  appraise: true,
  objection: true,
  postingItem: true,
  posting: true,
  createPosting: true,
  resolution: true,
  decisionItem: true,
  decision: true,
  createDecision: true,
  updateDecision: true,
  signDecision: true,
  annulment: true,
  forwardingItem: true,
  forwarding: true,
  createForwarding: true,
  fundEntry: true,
  fund: true,
  fundEntryRequest: true,
  certificateBox: true,
  certificateLayout: true,
  certificateFields: true,
  certificateLayoutRequest: true,
  awardFormOption: true,
  covenantRequest: true,
  scoreRequest: true,
  scoresRequest: true,
  councilMember: true,
  councilRecusal: true,
  councilBallot: true,
  councilTally: true,
  councilAgendaItem: true,
  councilMe: true,
  councilSession: true,
  createCouncilSession: true,
  councilSeat: true,
  ballot: true,
  vote: true,
  sessionMember: true,
  agendaItem: true,
  session: true,
  councilCandidate: true,
  boardAttachment: true,
  boardDecisionRequest: true,
  boardReceipt: true,
  boardDecision: true,
  boardNominee: true,
  boardNomination: true,
  boardCommune: true,
  boardCouncil: true,
  boardPage: true,
  boardNominationT: true,
  boardDecisionRequestT: true,
  boardReceiptT: true,
  publicCommune: true,
  publicPostingItem: true,
  publicPosting: true,
  objectionRequest: true,
  objectionReceipt: true,
  honour: true,
  publicCommuneT: true,
  publicObjectionT: true,
  honourT: true,
}
