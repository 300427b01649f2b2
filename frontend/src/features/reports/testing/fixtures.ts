// Answers of report-service for the specs, shaped after the contract (api/types.ts).
import type { FormTarget, ReportForm, ReportView, RequirementRow, ReviewQueueRow } from '../api/types'

const DAY = 24 * 60 * 60 * 1000
export const PLAN_ID = 'p-1'
export const PERIOD_ID = 'q-1'
export const REQ_ID = 'req-1'
export const REPORT_ID = 'rep-1'
export const UNIT = { id: 'u-tt', name: 'Trung tâm Sự nghiệp công phường', path: '/hai-phong/kien-an/tt-su-nghiep-cong' }

/** The instant "trước ngày" D at 00:00 Vietnam time, D being `days` calendar days from today. */
export function dueIn(days: number): { dueAt: string; dueDate: string } {
  const vnToday = new Date(Date.now() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10)
  const due = new Date(Date.parse(`${vnToday}T00:00:00Z`) + days * DAY)
  const dueDate = due.toISOString().slice(0, 10)
  return { dueDate, dueAt: new Date(Date.parse(`${dueDate}T00:00:00+07:00`)).toISOString() }
}

export function requirement(over: Partial<RequirementRow> = {}, days = 7): RequirementRow {
  return {
    id: REQ_ID,
    period: {
      id: PERIOD_ID,
      title: 'Báo cáo kết quả thực hiện Phong trào thi đua năm 2026',
      year: 2026,
      kind: 'ANNUAL',
      secondHop: false,
      planId: PLAN_ID,
      planNumber: '125/KH-UBND',
      planTitle: 'Kế hoạch phát động phong trào thi đua “Bình dân học vụ số”',
      recipientUnitName: 'Phòng Văn hóa - Xã hội',
    },
    unit: UNIT,
    status: 'DRAFTING',
    ...dueIn(days),
    daysLeft: days,
    report: { id: REPORT_ID, status: 'DRAFT', version: 3, submittedAt: null, late: null, lateSeconds: null },
    ...over,
  }
}

export function target(over: Partial<FormTarget>): FormTarget {
  return {
    id: 't',
    code: 'CT',
    name: 'Chỉ tiêu',
    unitOfMeasure: null,
    percentage: false,
    comparison: 'GTE',
    numeratorDescription: null,
    denominatorDescription: null,
    targetGroup: 'OFFICES_AND_UNITS',
    contentId: null,
    targetValue: null,
    yearComparison: null,
    yearNote: null,
    ...over,
  }
}

export function reportForm(over: Partial<ReportForm> = {}, req = requirement()): ReportForm {
  return {
    requirement: req,
    plan: { id: PLAN_ID, number: '125/KH-UBND', title: 'Kế hoạch phát động phong trào thi đua “Bình dân học vụ số”', version: 1 },
    contents: [
      {
        id: 'c-1',
        number: null,
        title: 'Thi đua nâng cao nhận thức về chuyển đổi số',
        children: [{ id: 'c-1a', number: null, title: 'Tuyên truyền trên nền tảng số', children: [] }],
      },
      { id: 'c-2', number: null, title: 'Phong trào “học tập số”', children: [] },
    ],
    targets: [
      target({
        id: 't-1',
        code: 'CT01',
        name: 'Cán bộ có kỹ năng số cơ bản',
        unitOfMeasure: '%',
        percentage: true,
        numeratorDescription: 'Số cán bộ có kỹ năng số',
        denominatorDescription: 'Tổng số cán bộ',
        contentId: 'c-2',
        targetValue: 80,
        yearComparison: 'GT',
      }),
      target({ id: 't-2', code: 'CT02', name: 'Thủ tục hành chính trễ hạn', unitOfMeasure: 'hồ sơ', comparison: 'LTE', targetValue: 5 }),
    ],
    awardForms: [
      { code: 'giay-khen-chu-tich-ubnd', recipientGroups: ['OFFICES_AND_UNITS'], occasions: ['ANNUAL'] },
      { code: 'huan-chuong-lao-dong-hang-ba', recipientGroups: ['OFFICES_AND_UNITS'], occasions: ['FINAL_REVIEW'] },
    ],
    prefill: null,
    ...over,
  }
}

export function reportView(over: Partial<ReportView> = {}, days = 7): ReportView {
  const due = dueIn(days)
  return {
    id: REPORT_ID,
    requirementId: REQ_ID,
    period: { id: PERIOD_ID, title: 'Báo cáo kết quả thực hiện Phong trào thi đua năm 2026', year: 2026, kind: 'ANNUAL', ...due },
    unit: UNIT,
    status: 'DRAFT',
    version: 3,
    summary: '',
    contents: [{ contentId: 'c-2', text: 'Tổ chức 4 lớp “Bình dân học vụ số”.' }],
    targets: [],
    difficulties: '',
    proposals: '',
    selfAssessment: { grade: null, text: '' },
    proposedAwards: [],
    attachments: [],
    ...due,
    submittedAt: null,
    submittedBy: null,
    late: null,
    lateSeconds: null,
    confirmedAt: null,
    confirmedBy: null,
    acceptedAt: null,
    acceptedBy: null,
    returnedCount: 0,
    lastReturnReason: null,
    createdBy: 'kienan.unit',
    createdAt: '2026-11-20T02:00:00Z',
    updatedBy: 'kienan.unit',
    updatedAt: '2026-11-20T02:00:00Z',
    editable: true,
    history: [{ at: '2026-11-20T02:00:00Z', actor: 'kienan.unit', action: 'CREATED', fromStatus: null, toStatus: 'DRAFT', reason: null }],
    ...over,
  }
}

export function queueRow(over: Partial<ReviewQueueRow> = {}): ReviewQueueRow {
  return {
    reportId: REPORT_ID,
    requirementId: REQ_ID,
    period: { id: PERIOD_ID, title: 'Báo cáo kết quả thực hiện Phong trào thi đua năm 2026', year: 2026 },
    unit: UNIT,
    submittedAt: '2026-11-28T03:15:00Z',
    submittedBy: 'kienan.unit',
    late: false,
    lateSeconds: 0,
    returnedCount: 0,
    version: 5,
    ...over,
  }
}
