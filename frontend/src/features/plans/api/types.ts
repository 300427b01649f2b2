// The plan model as docs/plan-model.md and docs/api-contract.md define it. The enumerations come
// from plan-service's OpenAPI document (generated, src/api/generated/plan.ts); the record shapes are
// still written here, and types.contract.ts makes vue-tsc fail when they drift from the generated ones.
import type { PlanSchemas } from '@/api/types'

export type PlanStatus = PlanSchemas['PlanStatus']

export interface UnitRef {
  id: string
  name: string
  path: string
}

export type LegalRelation = PlanSchemas['Relation']
export type DocumentKind = PlanSchemas['DocumentKind']
export type TargetGroup = PlanSchemas['TargetGroup']
export type Comparison = PlanSchemas['Comparison']
export type MilestoneKind = PlanSchemas['Kind']
export type Occasion = PlanSchemas['Occasion']
export type AssignmentRole = PlanSchemas['Role']
export type ObligationKind = PlanSchemas['Occasion']
export type ReportersMode = PlanSchemas['Mode']

export interface LegalBasis {
  id: string
  relation: LegalRelation
  documentKind: DocumentKind
  number: string | null
  date: string | null
  issuer: string | null
  title: string | null
  parentPlanId: string | null
}

export interface ContentChild {
  id: string
  /** Blank or null: an unnumbered item, printed with a dash. */
  number: string | null
  title: string
  body: string | null
}

export interface ContentItem extends ContentChild {
  children: ContentChild[]
}

export interface CriteriaGroup {
  id: string
  targetGroup: TargetGroup
  title: string
  criteria: string[]
}

export interface TargetValue {
  year: number
  value: number | null
  /** That year's own wording, printed after the value. */
  note?: string | null
  /** That year's own comparison instead of the target's ("trên 80 %" in one year only). */
  comparison?: Comparison | null
}

export interface Target {
  id: string
  code: string
  name: string
  unitOfMeasure: string | null
  percentage: boolean
  comparison: Comparison
  numeratorDescription: string | null
  denominatorDescription: string | null
  targetGroup: TargetGroup | null
  contentId: string | null
  values: TargetValue[]
}

export interface Milestone {
  id: string
  kind: MilestoneKind
  title: string
  date: string | null
  month: number | null
  year: number | null
}

export interface AwardFormEntry {
  code: string
  recipientGroups: TargetGroup[]
  occasions: Occasion[]
  standards: string | null
}

/**
 * One assignee: a unit (unitId), or a group written by its own words (heading) and/or the unit kinds it
 * stands for (unitKinds); at least one of the three. requested: "Đề nghị …" (a body the commune does not command).
 */
export interface Assignment {
  id: string
  unitId: string | null
  /** Read-only, in responses. */
  unitName?: string | null
  heading: string | null
  unitKinds: string[]
  role: AssignmentRole
  requested: boolean
  tasks: string[]
}

export interface Reporters {
  mode: ReportersMode
  unitIds: string[]
  unitKinds: string[]
}

export interface SecondHop {
  recipientName: string
  recipientUnitId: string | null
  dueDay: number | null
  dueMonth: number | null
}

export interface ReportingObligation {
  id: string
  title: string
  kind: ObligationKind
  reporters: Reporters
  recipientUnitId: string | null
  /** Read-only, in responses. */
  recipientUnit?: UnitRef | null
  dueDay: number | null
  dueMonth: number | null
  dueDate: string | null
  firstYear: number | null
  lastYear: number | null
  secondHop: SecondHop | null
}

export interface UnitPlansRequired {
  dueDate: string | null
  dueMonth: number | null
  dueYear: number | null
}

export interface OtherSection {
  id: string
  heading: string
  paragraphs: string[]
}

export interface Signer {
  authority: string | null
  capacity: string | null
  title: string | null
  fullName: string | null
}

/** Every part of a plan: request and response share these shapes. */
export interface PlanParts {
  title: string
  summary: string | null
  issuingUnitId: string | null
  movementIds: string[]
  startYear: number | null
  endYear: number | null
  sectionOrder: string[]
  legalBases: LegalBasis[]
  purposes: string[]
  requirements: string[]
  objectives: string[]
  contents: ContentItem[]
  criteriaGroups: CriteriaGroup[]
  targets: Target[]
  milestones: Milestone[]
  awardForms: AwardFormEntry[]
  assignments: Assignment[]
  addresseeUnitIds: string[]
  reportingObligations: ReportingObligation[]
  unitPlansRequired: UnitPlansRequired | null
  otherSections: OtherSection[]
  recipients: string[]
  signer: Signer | null
  place: string | null
  /** Paragraphs after the legal bases, before section I ("… cụ thể như sau:"). */
  introduction: string[]
  /** Paragraphs after the last section ("Trên đây là Kế hoạch …"). */
  closing: string[]
}

export type PartName = keyof PlanParts

export interface PlanAddressee {
  unitId: string
  unitName: string
  unitPath: string
}

export interface MovementRef {
  id: string
  name: string
}

export interface PlanSummary {
  id: string
  number: string | null
  title: string
  status: PlanStatus
  issuingUnit: UnitRef | null
  issuedAt: string | null
  issuedOn?: string | null
  createdAt: string
  version: number
  planVersion: number
  startYear: number | null
  endYear: number | null
  movements: MovementRef[]
}

export interface PlanDetail extends PlanSummary, Omit<PlanParts, 'title'> {
  issuedBy: string | null
  /** Why this version was amended (null for the first). */
  amendmentReason?: string | null
  closedAt?: string | null
  /** The earlier spelling of signer.fullName / signer.title, still answered. */
  signerName?: string | null
  signerTitle?: string | null
  createdBy: string | null
  parentPlanId: string | null
  addressees: PlanAddressee[]
}

export interface PlanQuery {
  page: number
  size: number
  q?: string
  status?: PlanStatus
  movementId?: string
  issuingUnitId?: string
  year?: number
  sort?: 'issuedAt,desc' | 'createdAt,desc' | 'title,asc' | 'number,asc'
}

/** Body of POST /plans: the title, the issuing unit and any parts. */
export type CreatePlanRequest = Partial<PlanParts> & { title: string; issuingUnitId: string }

/** Body of PATCH /plans/{id}: the version seen and any subset of parts (each replaces the stored one). */
export type PatchPlanRequest = Partial<PlanParts> & { version: number }

export interface PlanVersionInfo {
  planVersion: number
  status: PlanStatus
  issuedAt: string | null
  issuedBy: string | null
  amendmentReason?: string | null
}

export type ChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED'

export interface PlanChange {
  kind: ChangeKind
  path: string
  field: string | null
  before: unknown
  after: unknown
}

export interface PlanDiff {
  from: number
  to: number
  parts: { part: string; changes: PlanChange[] }[]
}

export type UnitPlanStatus = 'ISSUED' | 'LATE' | 'MISSING' | 'DRAFT'

export interface UnitPlanRow {
  unit: UnitRef
  status: UnitPlanStatus
  unitPlanId: string | null
  issuedAt: string | null
}

export interface PlanCheck {
  missingContents: unknown[]
  lowerTargets: unknown[]
  laterDeadlines: unknown[]
}

/** Award-service catalogue entry (GET /award-forms). */
export interface AwardForm {
  code: string
  name: string
  level?: string
}

/** A movement (phong trào), as GET /movements lists it. */
export interface Movement {
  id: string
  name: string
  level?: string
  startYear?: number | null
  endYear?: number | null
}
