// Báo cáo tổng hợp (the commune's consolidated report), written by hand after the contract of
// issue 6 (/work/wt/CONTRACT-6.md, "Consolidation, dashboards, exports") while report-service's
// OpenAPI document does not have these endpoints yet. Kept in this one file so that it can be
// replaced by shorthands of src/api/generated/report.ts (`ReportSchemas['ConsolidationView']`, …)
// once `npm run update:api` has run; field names the contract leaves open are marked "assumed".
import type { PlanSchemas, ReportSchemas } from '@/api/types'

export type ConsolidationStatus = 'DRAFT' | 'APPROVED' | 'SUBMITTED'

export interface UnitRef {
  id: string
  name: string
  path: string
}

export interface ConsolidationPeriod {
  id: string
  title: string
  year: number
  kind: string
  dueDate: string | null
  dueAt: string | null
  planId: string
  planNumber: string | null
  planTitle: string
}

/** One unit's narrative for a content item, shown under the unit's name (read-only). */
export interface ConsolidationSource {
  reportId: string
  unitId: string
  unitName: string
  text: string
}

/** Narratives per year for a review period (sơ kết / tổng kết), from the annual data. */
export interface YearText {
  year: number
  text: string
}

/**
 * One content item of the plan, in tree order. The contract says "per content item (tree order)";
 * assumed: a flat list with `parentId` (a nested `children` list is flattened by the page too).
 */
export interface ConsolidationContent {
  contentId: string
  parentId?: string | null
  number: string | null
  title: string
  sources: ConsolidationSource[]
  /** The commune's own text (editable in DRAFT), prefilled with the joined sources the first time. */
  text: string
  byYear?: YearText[]
  children?: ConsolidationContent[]
}

export interface YearValue {
  year: number
  value: number | null
  numerator: number | null
  denominator: number | null
}

/** Per target: sums over the units' accepted reports and the attainment against the commune's target. */
export interface ConsolidationTarget {
  targetId: string
  targetCode: string
  targetName: string
  unitOfMeasure: string | null
  /** true: a percentage target (numerator / denominator). */
  percentage: boolean
  comparison: string | null
  numeratorSum: number | null
  denominatorSum: number | null
  valueSum: number | null
  /** numeratorSum / denominatorSum × 100, 2 decimals; null when not a percentage target or 0 denominator. */
  ratio: number | null
  /** The commune's target value for the period's year, or null. */
  targetValue: number | null
  attained: boolean | null
  /** Units whose accepted report gave a value (assumed). */
  unitCount?: number
  /** Review periods: the series per year. */
  series?: YearValue[]
}

/** A unit with an active requirement and no accepted report. */
export interface MissingUnit {
  unitId: string
  unitName: string
  unitPath: string
  /** The unit's report status, null when it has none (assumed). */
  reportStatus: string | null
  dueAt?: string | null
}

export interface HistoryEntry {
  at: string
  actor: string
  action: string
  fromStatus: string | null
  toStatus: string | null
  reason: string | null
}

export interface ConsolidationView {
  id: string
  version: number
  status: ConsolidationStatus
  period: ConsolidationPeriod
  /** The commune. */
  unit: UnitRef
  /** The second hop (the board's period) when there is one (assumed shape). */
  secondHop?: { periodId: string | null; requirementId: string | null; recipientName: string | null; dueDate: string | null; dueAt: string | null } | null
  contents: ConsolidationContent[]
  targets: ConsolidationTarget[]
  missingUnits: MissingUnit[]
  /** Review periods: the years the series cover (assumed). */
  years?: number[]
  summary: string
  difficulties: string
  proposals: string
  approvedAt?: string | null
  approvedBy?: string | null
  submittedAt?: string | null
  submittedBy?: string | null
  late?: boolean
  lateSeconds?: number | null
  updatedAt?: string | null
  updatedBy?: string | null
  /** For the caller (assumed; the page falls back to status DRAFT + role office/admin). */
  editable?: boolean
  history?: HistoryEntry[]
}

export interface UpdateConsolidationRequest {
  version: number
  contents: { contentId: string; text: string }[]
  summary: string
  difficulties: string
  proposals: string
}

/** A row of GET /consolidations (assumed: the view's header fields). */
export interface ConsolidationSummary {
  id: string
  status: ConsolidationStatus
  version: number
  period: ConsolidationPeriod
  unit: UnitRef
  submittedAt: string | null
  submittedBy?: string | null
  late?: boolean
  lateSeconds?: number | null
  updatedAt?: string | null
}

export interface ConsolidationQuery {
  year?: number | null
  planId?: string | null
  unitPath?: string | null
  status?: ConsolidationStatus | null
  page: number
  size: number
}

/** A reporting period as GET /reporting-periods lists it (an endpoint that is in the generated document). */
export type PeriodOption = ReportSchemas['PeriodSummary']

export type PlanOption = Pick<PlanSchemas['PlanSummary'], 'id' | 'number' | 'title'>

export type DocumentFormat = 'docx' | 'pdf'
