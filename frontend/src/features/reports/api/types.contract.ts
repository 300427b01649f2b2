// Compile-time check that the reports feature's hand-written API shapes (types.ts) name the same
// fields as report-service's (and notification-service's) OpenAPI documents: vue-tsc fails here
// when one drifts. Types that are plain aliases of a generated schema need no row.
import type { AwardSchemas, NotificationSchemas, ReportSchemas } from '@/api/types'
import type { SameKeys } from '@/api/contract'
import type * as T from './types'

export const contract: {
  requirementPeriod: SameKeys<T.RequirementPeriod, ReportSchemas['RequirementPeriod']>
  requirementReportRef: SameKeys<T.RequirementReportRef, ReportSchemas['ReportRef']>
  requirementRow: SameKeys<T.RequirementRow, ReportSchemas['RequirementRow']>
  formContent: SameKeys<T.FormContent, ReportSchemas['ContentNode']>
  formTarget: SameKeys<T.FormTarget, ReportSchemas['FormTarget']>
  prefillValue: SameKeys<T.PrefillValue, ReportSchemas['PrefillValue']>
  prefill: SameKeys<T.Prefill, ReportSchemas['Prefill']>
  prefillTarget: SameKeys<T.Prefill['targets'][number], ReportSchemas['PrefillTarget']>
  prefillNarrative: SameKeys<T.Prefill['narratives'][number], ReportSchemas['PrefillNarrative']>
  prefillText: SameKeys<T.Prefill['narratives'][number]['byYear'][number], ReportSchemas['PrefillText']>
  reportForm: SameKeys<T.ReportForm, ReportSchemas['ReportFormView']>
  reportFormPlan: SameKeys<T.ReportForm['plan'], ReportSchemas['PlanRef']>
  reportTargetView: SameKeys<T.ReportTargetView, ReportSchemas['TargetValueView']>
  selfAssessment: SameKeys<T.SelfAssessment, ReportSchemas['SelfAssessmentView']>
  proposedAward: SameKeys<T.ProposedAward, ReportSchemas['ProposedAwardView']>
  historyEntry: SameKeys<T.HistoryEntry, ReportSchemas['HistoryEntry']>
  reportView: SameKeys<T.ReportView, ReportSchemas['ReportView']>
  reportViewPeriod: SameKeys<T.ReportView['period'], ReportSchemas['PeriodRef1']>
  reportViewContent: SameKeys<T.ReportView['contents'][number], ReportSchemas['ContentView1']>
  saveReportRequest: SameKeys<T.SaveReportRequest, ReportSchemas['UpdateReportRequest']>
  saveTarget: SameKeys<T.SaveTarget, ReportSchemas['TargetInput']>
  returnRequest: SameKeys<T.ReturnRequest, ReportSchemas['ReturnRequest']>
  reviewQueueRow: SameKeys<T.ReviewQueueRow, ReportSchemas['QueueItem']>
  reviewQueuePeriod: SameKeys<T.ReviewQueueRow['period'], ReportSchemas['PeriodRef1']>
  periodRequirementRow: SameKeys<T.PeriodRequirementRow, ReportSchemas['RequirementView']>
  periodDetail: SameKeys<T.PeriodDetail, ReportSchemas['PeriodDetail']>
  extensionRequest: SameKeys<T.ExtensionRequest, ReportSchemas['ExtensionRequest']>
  workingCalendarYear: SameKeys<T.WorkingCalendarYear, NotificationSchemas['WorkingDaysView']>
  workingCalendarDay: SameKeys<T.WorkingCalendarYear['days'][number], NotificationSchemas['DayView']>
  awardFormName: SameKeys<T.AwardFormName, Pick<AwardSchemas['AwardFormView'], 'code' | 'name'>>
} = {
  requirementPeriod: true,
  requirementReportRef: true,
  requirementRow: true,
  formContent: true,
  formTarget: true,
  prefillValue: true,
  prefill: true,
  prefillTarget: true,
  prefillNarrative: true,
  prefillText: true,
  reportForm: true,
  reportFormPlan: true,
  reportTargetView: true,
  selfAssessment: true,
  proposedAward: true,
  historyEntry: true,
  reportView: true,
  reportViewPeriod: true,
  reportViewContent: true,
  saveReportRequest: true,
  saveTarget: true,
  returnRequest: true,
  reviewQueueRow: true,
  reviewQueuePeriod: true,
  periodRequirementRow: true,
  periodDetail: true,
  extensionRequest: true,
  workingCalendarYear: true,
  workingCalendarDay: true,
  awardFormName: true,
}
