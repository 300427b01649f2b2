// Dashboards (report-service) and the one-click reminder (notification-service), written by hand
// after the contract of issue 6 (/work/wt/CONTRACT-6.md, "Dashboards"; notification-service
// `POST /deadlines/remind`) while the generated OpenAPI types do not have them. Kept in this one
// file so that the lead can swap in `ReportSchemas[...]` / `NotificationSchemas[...]` shorthands;
// what the contract leaves open is marked "assumed".
import type { PlanSchemas } from '@/api/types'

/** Completeness and timeliness counts (missing = due instant passed without a submitted/accepted report). */
export interface Counts {
  expected: number
  submitted: number
  onTime: number
  late: number
  returned: number
  accepted: number
  missing: number
  notYetDue: number
}

export interface UnitKindCounts {
  unitKind: string
  counts: Counts
}

/** One unit's requirement in a period. `status` assumed: the report status, or MISSING / NOT_YET_DUE without one. */
export interface UnitRow {
  unitId: string
  unitName: string
  unitKind: string
  unitPath: string
  periodId: string
  /** Assumed: the period's title, for a table over several periods. */
  periodTitle?: string | null
  status: string
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
}

export interface CompletenessView {
  asOf: string
  totals: Counts
  byUnitKind: UnitKindCounts[]
  byUnit: UnitRow[]
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
  value: number | null
  numerator: number | null
  denominator: number | null
  attained: boolean | null
}

export interface TrendPoint {
  year: number
  value: number | null
  targetValue: number | null
}

/** Assumed shape of "per target and year: the target value, comparison, per unit value and the commune sum/ratio; trend". */
export interface AttainmentTarget {
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
  attained: boolean | null
  units: UnitValue[]
  trend: TrendPoint[]
}

export interface AttainmentView {
  asOf?: string
  planId: string
  year: number | null
  targets: AttainmentTarget[]
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
  periodId: string
  requirementId?: string | null
  dueAt: string | null
  daysLeft?: number | null
  reportStatus?: string | null
  headName?: string | null
  email?: string | null
}

/**
 * Answer of POST /deadlines/remind (assumed): the units reminded now and those skipped because they
 * were reminded today already. A bare 202/204 counts as "every unit reminded".
 */
export interface RemindResult {
  remindedUnitIds?: string[]
  skippedUnitIds?: string[]
}

export type PlanOption = Pick<PlanSchemas['PlanSummary'], 'id' | 'number' | 'title'>
