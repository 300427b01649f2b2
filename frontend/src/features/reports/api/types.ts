// Types of report-service's reporting-cycle API (issue 6). Written by hand before the OpenAPI
// document (src/api/generated/report.ts) had these endpoints; now each type is either an alias of the
// generated schema or checked against it key by key in types.contract.ts, so that a drift between the
// server and the SPA fails vue-tsc. The hand-written interfaces stay because they are looser than the
// generated ones (null where the server sends null, open string sets, optional where the pages and
// spec fixtures leave a field out). Everything the feature uses of the lifecycle API is declared here.
import type { NotificationSchemas, ReportSchemas } from '@/api/types'

/** Kỳ báo cáo: annual, sơ kết, tổng kết, ad hoc (generated already). */
export type PeriodKind = ReportSchemas['PeriodKind']

/** A report's lifecycle. */
export type ReportStatus = ReportSchemas['ReportStatus']
export const REPORT_STATUSES: readonly ReportStatus[] = ['DRAFT', 'AWAITING_CONFIRMATION', 'SUBMITTED', 'RETURNED', 'ACCEPTED']

/** A requirement's own status (the unit must report for a period); an open set on the server. */
export type RequirementStatus = 'PENDING' | 'DRAFTING' | 'WITHDRAWN' | (string & {})

/** How a result is compared with the target value; an open set (GTE/LTE/EQ/GT/LT today). */
export type Comparison = 'GTE' | 'LTE' | 'EQ' | 'GT' | 'LT' | (string & {})

/** Tự đánh giá: hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
export type Grade = ReportSchemas['SelfAssessmentGrade']
export const GRADES: readonly Grade[] = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR']

export type UnitRef = ReportSchemas['UnitRef1']

// ---- GET /report-requirements ("Báo cáo của tôi") ----

export interface RequirementPeriod {
  id: string
  title: string
  year: number
  kind: PeriodKind
  secondHop: boolean
  planId: string
  planNumber: string | null
  planTitle: string
  recipientUnitName: string | null
}

export interface RequirementReportRef {
  id: string
  status: ReportStatus
  version: number
  submittedAt: string | null
  late: boolean | null
  lateSeconds: number | null
}

export interface RequirementRow {
  id: string
  period: RequirementPeriod
  unit: UnitRef
  status: RequirementStatus
  dueDate: string
  /** The effective due instant: the unit's own deadline when set, else the period's. */
  dueAt: string
  /** Vietnam calendar days until dueAt; negative when overdue. */
  daysLeft: number | null
  /** dueAt has passed without a submitted report. */
  overdue?: boolean
  report: RequirementReportRef | null
}

export interface RequirementQuery {
  unitId?: string
  year?: number
  planId?: string
  status?: string
  page: number
  size: number
}

// ---- GET /report-requirements/{id}/form ----

export interface FormContent {
  id: string
  number: string | null
  title: string
  children: FormContent[]
}

export interface FormTarget {
  id: string
  code: string
  name: string
  unitOfMeasure: string | null
  percentage: boolean
  comparison: Comparison
  numeratorDescription: string | null
  denominatorDescription: string | null
  targetGroup: string | null
  contentId: string | null
  /** The value for the period's year, or null when the plan sets none. */
  targetValue: number | null
  /** That year's own comparison, when it differs from the target's. */
  yearComparison: Comparison | null
  yearNote: string | null
}

export type FormAwardForm = ReportSchemas['AwardFormRef']

export interface PrefillValue {
  year: number
  value: number | null
  numerator: number | null
  denominator: number | null
}

export interface Prefill {
  years: number[]
  targets: { targetId: string; values: PrefillValue[] }[]
  narratives: { contentId: string; byYear: { year: number; text: string }[] }[]
}

export interface ReportForm {
  requirement: RequirementRow
  plan: { id: string; number: string | null; title: string; version: number }
  contents: FormContent[]
  targets: FormTarget[]
  awardForms: FormAwardForm[]
  prefill: Prefill | null
}

// ---- /reports/{id} ----

export interface ReportTargetView {
  targetId: string
  targetCode: string | null
  value: number | null
  numerator: number | null
  denominator: number | null
  /** Computed by the server: 2 decimals, null when not a percentage target or the denominator is 0. */
  percentage: number | null
  note: string | null
  targetValue: number | null
  comparison: Comparison | null
  attained: boolean | null
}

export interface SelfAssessment {
  grade: Grade | null
  text: string
}

export interface ProposedAward {
  awardFormCode: string
  nominee: string
  reason: string
}

export type AttachmentView = ReportSchemas['AttachmentView']

export interface HistoryEntry {
  at: string
  actor: string
  /** CREATED, SUBMITTED, CONFIRMED, RETURNED, ACCEPTED, REOPENED, … (an open set). */
  action: string
  fromStatus: ReportStatus | null
  toStatus: ReportStatus | null
  reason: string | null
}

export interface ReportView {
  id: string
  requirementId: string
  period: { id: string; title: string; year: number; kind: PeriodKind; dueDate: string; dueAt: string }
  unit: UnitRef
  status: ReportStatus
  version: number
  summary: string | null
  contents: { contentId: string; text: string }[]
  targets: ReportTargetView[]
  difficulties: string | null
  proposals: string | null
  selfAssessment: SelfAssessment | null
  proposedAwards: ProposedAward[]
  attachments: AttachmentView[]
  dueDate: string
  dueAt: string
  submittedAt: string | null
  submittedBy: string | null
  late: boolean | null
  lateSeconds: number | null
  confirmedAt: string | null
  confirmedBy: string | null
  acceptedAt: string | null
  acceptedBy: string | null
  returnedCount: number
  lastReturnReason: string | null
  createdBy: string
  createdAt: string
  updatedBy: string | null
  updatedAt: string | null
  /** Whether the caller may change it now (DRAFT or RETURNED, and the caller's unit or office). */
  editable: boolean
  history: HistoryEntry[]
}

export interface SaveTarget {
  targetId: string
  value: number | null
  numerator: number | null
  denominator: number | null
  note: string | null
}

/** PUT /reports/{id}: the whole draft (autosave). */
export interface SaveReportRequest {
  version: number
  summary: string
  contents: { contentId: string; text: string }[]
  targets: SaveTarget[]
  difficulties: string
  proposals: string
  selfAssessment: SelfAssessment
  proposedAwards: ProposedAward[]
}

export interface ReturnRequest {
  version: number
  reason: string
  /** yyyy-MM-dd; absent = the server's default (5 working days). */
  dueDate?: string
}

// ---- GET /review-queue ----

export interface ReviewQueueRow {
  reportId: string
  requirementId: string
  period: { id: string; title: string; year: number; kind?: PeriodKind; dueDate?: string; dueAt?: string }
  unit: UnitRef
  /** Present on the rows of a queue of another status (AWAITING_CONFIRMATION). */
  status?: ReportStatus
  /** The unit's own due date/instant (after an extension), else the period's. */
  dueDate?: string | null
  dueAt?: string | null
  submittedAt: string | null
  submittedBy: string | null
  late: boolean | null
  lateSeconds: number | null
  returnedCount: number
  version: number
}

// ---- /reporting-periods/{id} (detail gains per-unit deadline and report state) ----

export type PeriodRequirementRow = ReportSchemas['RequirementView'] & {
  dueAt?: string | null
  dueDate?: string | null
  reportStatus?: ReportStatus | null
  submittedAt?: string | null
  late?: boolean | null
}

export type PeriodDetail = Omit<ReportSchemas['PeriodDetail'], 'requirements'> & {
  requirements: PeriodRequirementRow[]
}

/** POST /reporting-periods/{id}/extensions; unitId null = everyone. */
export interface ExtensionRequest {
  unitId: string | null
  dueDate: string
  reason: string
}

// ---- /report-settings/units/{unitId} ----

export type UnitReportSettings = ReportSchemas['UnitSettings']

// ---- notification-service: the working-day calendar (for the default return deadline) ----

export interface WorkingCalendarYear {
  year: number
  source?: string
  edited?: boolean
  changedAt?: string | null
  changedBy?: string | null
  version?: number | null
  days: { date: string; kind: NotificationSchemas['Kind']; name?: string | null }[]
}

/** award-service's catalogue entry (the name of an award form code). */
export interface AwardFormName {
  code: string
  name: string
}
