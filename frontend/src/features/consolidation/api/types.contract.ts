// Compile-time check that the consolidation feature's hand-written API shapes (types.ts) name the
// same fields as report-service's OpenAPI document: vue-tsc fails here when one drifts.
import type { ReportSchemas } from '@/api/types'
import type { SameKeys } from '@/api/contract'
import type * as T from './types'

export const contract: {
  period: SameKeys<T.ConsolidationPeriod, ReportSchemas['PeriodRef']>
  content: SameKeys<T.ConsolidationContent, ReportSchemas['ContentView']>
  yearValue: SameKeys<T.YearValue, ReportSchemas['SeriesPoint']>
  target: SameKeys<T.ConsolidationTarget, ReportSchemas['TargetView']>
  missingUnit: SameKeys<T.MissingUnit, ReportSchemas['MissingUnitView']>
  historyEntry: SameKeys<T.HistoryEntry, ReportSchemas['HistoryView']>
  view: SameKeys<T.ConsolidationView, ReportSchemas['ConsolidationView']>
  secondHop: SameKeys<NonNullable<T.ConsolidationView['secondHop']>, ReportSchemas['SecondHopView']>
  updateRequest: SameKeys<T.UpdateConsolidationRequest, ReportSchemas['EditConsolidationRequest']>
  summary: SameKeys<T.ConsolidationSummary, ReportSchemas['ConsolidationSummary']>
} = {
  period: true,
  content: true,
  yearValue: true,
  target: true,
  missingUnit: true,
  historyEntry: true,
  view: true,
  secondHop: true,
  updateRequest: true,
  summary: true,
}
