// Compile-time check that the dashboards feature's hand-written API shapes (types.ts) name the same
// fields as report-service's OpenAPI document (RemindResponse is an alias): vue-tsc fails here when
// one drifts.
import type { ReportSchemas } from '@/api/types'
import type { SameKeys } from '@/api/contract'
import type * as T from './types'

export const contract: {
  unitRow: SameKeys<T.UnitRow, ReportSchemas['UnitRow']>
  period: SameKeys<T.DashboardPeriod, ReportSchemas['PeriodCounts']>
  completeness: SameKeys<T.CompletenessView, ReportSchemas['Completeness']>
  unitValue: SameKeys<T.UnitValue, ReportSchemas['UnitValue']>
  trendPoint: SameKeys<T.TrendPoint, ReportSchemas['TrendPoint']>
  attainmentTarget: SameKeys<T.AttainmentTarget, ReportSchemas['TargetAttainment']>
  attainment: SameKeys<T.AttainmentView, ReportSchemas['Attainment']>
  missingRow: SameKeys<T.MissingRow, ReportSchemas['MissingUnit']>
} = {
  unitRow: true,
  period: true,
  completeness: true,
  unitValue: true,
  trendPoint: true,
  attainmentTarget: true,
  attainment: true,
  missingRow: true,
}
