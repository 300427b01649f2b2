// Dashboards (report-service) and the one-click reminder (notification-service). Written by hand
// before the OpenAPI documents had them; now each type is either an alias of the generated schema
// or checked against it key by key in types.contract.ts, so that a drift between the servers and
// the SPA fails vue-tsc. The hand-written ones stay because they are looser than the generated
// ones (null where the server sends null, optional where the pages and fixtures leave a field out).
import type { NotificationSchemas, PlanSchemas, ReportSchemas } from '@/api/types'

/** Completeness and timeliness counts (missing = due instant passed without a submitted/accepted report). */
export type Counts = ReportSchemas['Counts']

export type UnitKindCounts = ReportSchemas['KindCounts']

/** One unit's requirement in a period. `status`: the report status, or MISSING / NOT_YET_DUE without one. */
export interface UnitRow {
  unitId: string
  unitName: string
  unitKind: string
  unitPath: string
  /** The commune the unit belongs to (city-wide dashboards). */
  communeId?: string | null
  communeName?: string | null
  periodId: string
  /** The period's title, for a table over several periods. */
  periodTitle?: string | null
  year?: number
  secondHop?: boolean
  requirementId?: string
  status: string
  /** The state of the requirement's deadline. */
  state?: string
  dueAt: string | null
  submittedAt: string | null
  late: boolean
  lateSeconds: number | null
  counts?: Counts
}

export interface DashboardPeriod {
  id: string
  title: string
  year: number
  kind?: string
  planId: string
  planTitle?: string | null
  dueAt?: string | null
  secondHop?: boolean
  counts?: Counts
}

export interface CompletenessView {
  asOf: string
  totals: Counts
  byUnitKind: UnitKindCounts[]
  /** City-wide: the counts per commune. */
  byCommune?: ReportSchemas['CommuneCounts'][]
  byUnit: UnitRow[]
  /** How many rows byUnit would have; byUnitTruncated when the server sent fewer. */
  byUnitTotal?: number
  byUnitTruncated?: boolean
  periods: DashboardPeriod[]
}

export interface CompletenessQuery {
  year?: number | null
  planId?: string | null
  periodId?: string | null
  unitKind?: string | null
}

/** A unit's value for a target (a bar). */
export interface UnitValue {
  unitId: string
  unitName: string
  unitKind?: string
  unitPath?: string
  reportingUnits?: number
  value: number | null
  numerator: number | null
  denominator: number | null
  attained: boolean | null
}

export interface TrendPoint {
  year: number
  value: number | null
  numerator?: number | null
  denominator?: number | null
  reportingUnits?: number
  targetValue: number | null
  comparison?: string | null
  attained?: boolean | null
}

/** Per target and year: the target value, comparison, per unit value and the commune sum/ratio; trend. */
export interface AttainmentTarget {
  planId?: string
  planNumber?: string | null
  planTitle?: string | null
  /** The commune whose figures these are (city-wide: one row per commune). */
  communeId?: string | null
  communeName?: string | null
  targetId: string
  targetCode: string
  targetName: string
  unitOfMeasure: string | null
  percentage: boolean
  comparison: string | null
  year: number
  targetValue: number | null
  /** The commune's (or the city's) aggregate: the sum, or for a percentage target numerator/denominator × 100. */
  value: number | null
  numerator: number | null
  denominator: number | null
  valueSum?: number | null
  reportingUnits?: number
  attained: boolean | null
  units: UnitValue[]
  trend: TrendPoint[]
}

export interface AttainmentView {
  asOf?: string
  planId: string
  year: number | null
  targets: AttainmentTarget[]
  /** City-wide: per target code and year, over all plans / per commune. */
  byCode?: ReportSchemas['CodeTrend'][]
  byCodeAndCommune?: ReportSchemas['CodeCommune'][]
}

export interface AttainmentQuery {
  planId: string
  targetId?: string | null
  year?: number | null
}

/** A unit that has not submitted yet, with whom to contact (GET /dashboards/missing). */
export interface MissingRow {
  unitId: string
  unitName: string
  unitKind?: string
  unitPath?: string
  communeId?: string | null
  communeName?: string | null
  periodId: string
  periodTitle?: string | null
  year?: number
  secondHop?: boolean
  requirementId?: string | null
  reportId?: string | null
  dueDate?: string | null
  dueAt: string | null
  daysLeft?: number | null
  overdue?: boolean
  reportStatus?: string | null
  returnedCount?: number
  headName?: string | null
  email?: string | null
}

/** Answer of POST /deadlines/remind: one result per unit (REMINDED, ALREADY_REMINDED_TODAY, NOT_OPEN, NO_RECIPIENTS). */
export type RemindResponse = NotificationSchemas['RemindResponse']
export type RemindOutcome = NotificationSchemas['Outcome']

export type PlanOption = Pick<PlanSchemas['PlanSummary'], 'id' | 'number' | 'title'>
