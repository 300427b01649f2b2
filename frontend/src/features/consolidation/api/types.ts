// Báo cáo tổng hợp (the commune's consolidated report): report-service's consolidation API. Written
// by hand before the OpenAPI document had it; now each type is either an alias of the generated
// schema (src/api/generated/report.ts) or checked against it key by key in types.contract.ts, so
// that a drift between the server and the SPA fails vue-tsc. The hand-written ones stay because
// they are looser than the generated ones (null where the server sends null, optional where the
// page does not use a field and the spec fixtures leave it out).
import type { PlanSchemas, ReportSchemas } from '@/api/types'

export type ConsolidationStatus = ReportSchemas['ConsolidationStatus']

export type UnitRef = ReportSchemas['UnitRef']

export interface ConsolidationPeriod {
  id: string
  title: string
  year: number
  kind: ReportSchemas['PeriodKind']
  dueDate: string | null
  dueAt: string | null
  planId: string
  planNumber: string | null
  planTitle: string
}

/** One unit's narrative for a content item, shown under the unit's name (read-only). */
export type ConsolidationSource = ReportSchemas['SourceView']

/** Narratives per year for a review period (sơ kết / tổng kết), from the annual data. */
export type YearText = ReportSchemas['YearText']

/** One content item of the plan: the server sends a flat list in tree order (`parentId`, `depth`). */
export interface ConsolidationContent {
  contentId: string
  /** null for a top-level item. */
  parentId: string | null
  /** 0 for a top-level item. */
  depth?: number
  number: string | null
  title: string
  sources: ConsolidationSource[]
  /** The commune's own text (editable in DRAFT), prefilled with the joined sources the first time. */
  text: string
  /** Whether the office changed the assembled text. */
  edited?: boolean
  /** false: a text kept from an earlier plan version whose item is gone. */
  inPlan?: boolean
  byYear?: YearText[]
}

export interface YearValue {
  year: number
  value: number | null
  numerator: number | null
  denominator: number | null
  reportingUnits?: number
  source?: ReportSchemas['SeriesPoint']['source']
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
  /** The commune's figure: `ratio` for a percentage target, `valueSum` otherwise. */
  value?: number | null
  /** numeratorSum / denominatorSum × 100, 2 decimals; null when not a percentage target or 0 denominator. */
  ratio: number | null
  /** The commune's target value for the period's year, or null. */
  targetValue: number | null
  attained: boolean | null
  /** Units whose accepted report gave a value. */
  unitCount?: number
  /** Review periods: the series per year. */
  series?: YearValue[]
}

/** A unit with an active requirement and no accepted report. */
export interface MissingUnit {
  requirementId?: string
  unitId: string
  unitName: string
  unitPath: string
  /** The unit's report status, null when it has none. */
  reportStatus: string | null
}

export interface HistoryEntry {
  at: string
  actor: string
  /** ASSEMBLED, EDITED, APPROVED, SUBMITTED, … (an open set). */
  action: string
  fromStatus: ConsolidationStatus | null
  toStatus: ConsolidationStatus | null
  reason: string | null
}

export interface ConsolidationView {
  id: string
  version: number
  status: ConsolidationStatus
  period: ConsolidationPeriod
  /** The commune. */
  unit: UnitRef
  /** The commune's own period onwards (the second hop) and its requirement there, when there is one. */
  secondHop?: {
    periodId: string | null
    title?: string | null
    requirementId: string | null
    requirementStatus?: ReportSchemas['RequirementStatus'] | null
    recipientName: string | null
    dueDate: string | null
    dueAt: string | null
  } | null
  /** The period's due instant. */
  dueAt?: string | null
  /** Units expected to report / accepted reports summed in. */
  expectedReports?: number
  sourceReports?: number
  /** SUMMARY, DIFFICULTIES, PROPOSALS with the units' texts under them. */
  freeSections?: ReportSchemas['FreeSectionView'][]
  contents: ConsolidationContent[]
  targets: ConsolidationTarget[]
  missingUnits: MissingUnit[]
  /** Review periods: the years the series cover. */
  years?: number[]
  summary: string
  difficulties: string
  proposals: string
  createdAt?: string | null
  createdBy?: string | null
  assembledAt?: string | null
  assembledBy?: string | null
  approvedAt?: string | null
  approvedBy?: string | null
  submittedAt?: string | null
  submittedBy?: string | null
  late?: boolean
  lateSeconds?: number | null
  updatedAt?: string | null
  updatedBy?: string | null
  /** For the caller (the page falls back to status DRAFT + role office/admin). */
  editable?: boolean
  /** What the caller may do now. */
  actions?: ReportSchemas['ActionsView']
  history?: HistoryEntry[]
}

export interface UpdateConsolidationRequest {
  version: number
  contents: { contentId: string; text: string }[]
  summary: string
  difficulties: string
  proposals: string
}

/** A row of GET /consolidations: the view's header fields. */
export interface ConsolidationSummary {
  id: string
  status: ConsolidationStatus
  version: number
  period: ConsolidationPeriod
  unit: UnitRef
  dueAt?: string | null
  recipientName?: string | null
  expectedReports?: number
  sourceReports?: number
  /** How many units have no accepted report (a count here, the list in the view). */
  missingUnits?: number
  approvedAt?: string | null
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
