import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import ReportFormPage from '@/features/reports/pages/ReportFormPage.vue'
import { api, ApiError } from '@/lib/api-client'
import { renderWithApp } from '@/test/render'
import type { Role } from '@/stores/auth'
import type { ReportForm, ReportView, SaveReportRequest } from '@/features/reports/api/types'
import { autosaveConfig } from '@/features/reports/composables/useReportAutosave'
import { resetCalendarCache } from '@/features/reports/composables/useDefaultReturnDate'
import { REPORT_ID, REQ_ID, reportForm, reportView, requirement } from '@/features/reports/testing/fixtures'


interface Server {
  form: ReportForm
  views: ReportView[]
}

/** GETs answered from `server`; the latest view answers GET /reports/{id}. */
function serve(server: Server) {
  return vi.spyOn(api, 'get').mockImplementation(async (path: string) => {
    if (path === `/report-requirements/${REQ_ID}/form`) return server.form
    if (path === `/reports/${REPORT_ID}`) return server.views.length > 1 ? server.views.shift() : server.views[0]
    if (path === '/award-forms') return { items: [{ code: 'giay-khen-chu-tich-ubnd', name: 'Giấy khen của Chủ tịch UBND phường' }], page: 0, size: 200, total: 1 }
    if (path.startsWith('/calendar/working-days/')) return { year: 2026, days: [] }
    throw new ApiError(404, { status: 404, title: 'Not Found' })
  })
}

async function renderReport(options: { form?: ReportForm; view?: ReportView | ReportView[]; role?: Role; byRequirement?: boolean } = {}) {
  const server: Server = { form: options.form ?? reportForm(), views: ([] as ReportView[]).concat(options.view ?? reportView()) }
  const get = serve(server)
  const props = options.byRequirement ? { requirementId: REQ_ID } : { id: REPORT_ID }
  const path = options.byRequirement ? `/reports/requirements/${REQ_ID}` : `/reports/${REPORT_ID}`
  const utils = await renderWithApp(ReportFormPage, { path, props, role: options.role ?? 'unit' })
  await screen.findByTestId('report-head')
  return { ...utils, get, server }
}

function putAnswering() {
  return vi.spyOn(api, 'put').mockImplementation(async (_path, body) => {
    const request = body as SaveReportRequest
    return reportView({ version: request.version + 1, updatedAt: '2026-12-03T02:05:00Z' })
  })
}
const putBody = (put: ReturnType<typeof vi.spyOn>, call = 0) => put.mock.calls[call]![1] as SaveReportRequest

describe('ReportFormPage', { timeout: 45_000 }, () => {
  beforeAll(async () => {
    await import('@/features/reports/pages/ReportFormPage.vue')
  }, 60_000)
  beforeEach(() => {
    autosaveConfig.delayMs = 150
    resetCalendarCache()
  })
  afterEach(() => {
    autosaveConfig.delayMs = 2500
  })

  it('builds the form from the plan: a numbered narrative per content in tree order and the year’s targets', async () => {
    await renderReport()

    expect(screen.getByTestId('report-title')).toHaveTextContent('Báo cáo kết quả thực hiện Phong trào thi đua năm 2026')
    expect(screen.getByTestId('report-status')).toHaveTextContent('Đang soạn')
    expect(screen.getByTestId('due-countdown')).toHaveTextContent('Còn 7 ngày')
    expect(screen.getByTestId('report-due-date')).toHaveTextContent(/^\d{2}\/\d{2}\/\d{4}$/)
    const narratives = screen.getAllByTestId('narrative-item')
    expect(narratives.map((n) => n.querySelector('label')?.textContent?.trim())).toEqual([
      '1. Thi đua nâng cao nhận thức về chuyển đổi số',
      '1.1. Tuyên truyền trên nền tảng số',
      '2. Phong trào “học tập số”',
    ])
    // What the report holds is in its content's box.
    expect(screen.getByTestId('contents-2-text')).toHaveValue('Tổ chức 4 lớp “Bình dân học vụ số”.')
    const rows = screen.getAllByTestId('target-row')
    expect(rows).toHaveLength(2)
    // The year's own comparison (trên 80 %) and the content it belongs to.
    expect(within(rows[0]!).getByTestId('target-value')).toHaveTextContent('> 80%')
    expect(rows[0]).toHaveTextContent('Nội dung 2')
    expect(within(rows[1]!).getByTestId('target-value')).toHaveTextContent('≤ 5 hồ sơ')
    expect(screen.getByLabelText('Số cán bộ có kỹ năng số')).toBeInTheDocument()
    expect(screen.getByLabelText('Kết quả đạt được (hồ sơ)')).toBeInTheDocument()
  })

  it('computes the percentage as the unit types and compares it with the target (✓/✗)', async () => {
    putAnswering()
    await renderReport()

    await fireEvent.update(screen.getByTestId('targets-0-numerator'), '45')
    await fireEvent.update(screen.getByTestId('targets-0-denominator'), '50')
    expect(screen.getByTestId('targets-0-computed')).toHaveTextContent('90 %')
    expect(screen.getByTestId('targets-0-attained')).toHaveTextContent('✓ Đạt')

    await fireEvent.update(screen.getByTestId('targets-0-numerator'), '40')
    expect(screen.getByTestId('targets-0-computed')).toHaveTextContent('80 %')
    // "trên 80 %": exactly 80 is not enough.
    expect(screen.getByTestId('targets-0-attained')).toHaveTextContent('✗ Chưa đạt')

    await fireEvent.update(screen.getByTestId('targets-1-value'), '3')
    expect(screen.getByTestId('targets-1-attained')).toHaveTextContent('✓ Đạt')
    await fireEvent.update(screen.getByTestId('targets-1-value'), '7,5')
    expect(screen.getByTestId('targets-1-computed')).toHaveTextContent('7,5 hồ sơ')
    expect(screen.getByTestId('targets-1-attained')).toHaveTextContent('✗ Chưa đạt')
  })

  it('autosaves the whole draft a few seconds after a change, with the version, and says when', async () => {
    const put = putAnswering()
    await renderReport()
    expect(screen.getAllByTestId('save-status')[0]).toHaveTextContent('Chưa có thay đổi')

    await fireEvent.update(screen.getByTestId('contents-0-text'), 'Tổ chức hội nghị quán triệt.')
    await fireEvent.update(screen.getByTestId('targets-0-numerator'), '45')
    await fireEvent.update(screen.getByTestId('targets-0-denominator'), '50')
    expect(screen.getAllByTestId('save-status')[0]).toHaveTextContent('Có thay đổi chưa lưu')
    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(1), { timeout: 3000 })

    expect(put.mock.calls[0]![0]).toBe(`/reports/${REPORT_ID}`)
    const body = putBody(put)
    expect(body.version).toBe(3)
    expect(body.contents).toEqual([
      { contentId: 'c-1', text: 'Tổ chức hội nghị quán triệt.' },
      { contentId: 'c-1a', text: '' },
      { contentId: 'c-2', text: 'Tổ chức 4 lớp “Bình dân học vụ số”.' },
    ])
    // A percentage target sends its numerator and denominator; the server computes the value.
    expect(body.targets[0]).toEqual({ targetId: 't-1', value: null, numerator: 45, denominator: 50, note: null })
    expect(body.targets[1]).toEqual({ targetId: 't-2', value: null, numerator: null, denominator: null, note: null })
    // 02:05 UTC is 09:05 in Vietnam.
    await vi.waitFor(() => expect(screen.getAllByTestId('save-status')[0]).toHaveTextContent('Đã lưu lúc 09:05'))

    await fireEvent.update(screen.getByTestId('difficulties-input'), 'Thiếu thiết bị.')
    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(2), { timeout: 3000 })
    expect(putBody(put, 1).version).toBe(4)
    expect(putBody(put, 1).difficulties).toBe('Thiếu thiết bị.')
  })

  it('keeps a value the server would refuse on screen, marks it and does not save', async () => {
    const put = putAnswering()
    await renderReport()

    await fireEvent.update(screen.getByTestId('targets-0-numerator'), '60')
    await fireEvent.update(screen.getByTestId('targets-0-denominator'), '50')
    await vi.waitFor(() => expect(screen.getByTestId('field-targets-0-numerator')).toHaveTextContent('Tử số không được lớn hơn mẫu số'))
    await fireEvent.update(screen.getByTestId('targets-1-value'), 'mười')
    await vi.waitFor(() => expect(screen.getByTestId('field-targets-1-value')).toHaveTextContent('Phải là một số'))
    expect(screen.getAllByTestId('save-status')[0]).toHaveTextContent('Chưa lưu: có trường không hợp lệ')
    await new Promise((r) => setTimeout(r, 400))
    expect(put).not.toHaveBeenCalled()

    await fireEvent.update(screen.getByTestId('targets-0-denominator'), '80')
    await fireEvent.update(screen.getByTestId('targets-1-value'), '2')
    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(1), { timeout: 3000 })
    expect(putBody(put).targets.map((t) => [t.numerator, t.denominator, t.value])).toEqual([
      [60, 80, null],
      [null, null, 2],
    ])
  })

  it('shows the field errors of a problem+json answer at their fields (targets[1].value, proposedAwards[0].nominee)', async () => {
    vi.spyOn(api, 'put').mockRejectedValue(
      new ApiError(400, {
        status: 400,
        title: 'Dữ liệu không hợp lệ',
        detail: 'Báo cáo có trường không hợp lệ',
        errors: [
          { field: 'targets[1].value', message: 'Giá trị vượt quá giới hạn cho phép' },
          { field: 'proposedAwards[0].nominee', message: 'Tên tối đa 500 ký tự' },
        ],
      }),
    )
    await renderReport()

    await fireEvent.click(screen.getByTestId('awards-add'))
    await fireEvent.update(screen.getByTestId('awards-0-nominee'), 'Tổ Công nghệ thông tin')
    await fireEvent.update(screen.getByTestId('targets-1-value'), '999999')

    await vi.waitFor(() => expect(screen.getByTestId('field-targets-1-value')).toHaveTextContent('Giá trị vượt quá giới hạn cho phép'), { timeout: 3000 })
    expect(screen.getByTestId('field-proposedAwards-0-nominee')).toHaveTextContent('Tên tối đa 500 ký tự')
    expect(screen.getByTestId('field-targets-0-numerator')).not.toHaveTextContent('Giá trị vượt quá')
    expect(screen.getByTestId('report-invalid')).toBeInTheDocument()
    // What was typed stays.
    expect(screen.getByTestId('targets-1-value')).toHaveValue('999999')
  })

  it('on a 409 stops saving, asks to reload, and reloads the report', async () => {
    const put = vi.spyOn(api, 'put').mockRejectedValue(new ApiError(409, { status: 409, title: 'Conflict', detail: 'Báo cáo đã được thay đổi (phiên bản hiện tại 5)' }))
    const { get, server } = await renderReport({ view: [reportView(), reportView({ version: 5, summary: 'Bản mới từ thẻ khác' })] })

    await fireEvent.update(screen.getByTestId('summary-input'), 'Bản của tôi')
    const dialog = await screen.findByTestId('conflict-dialog', {}, { timeout: 3000 })
    expect(dialog).toHaveTextContent('Báo cáo đã được thay đổi ở nơi khác')
    expect(dialog).toHaveTextContent('phiên bản hiện tại 5')

    await fireEvent.update(screen.getByTestId('difficulties-input'), 'Thêm nữa')
    await new Promise((r) => setTimeout(r, 400))
    expect(put).toHaveBeenCalledTimes(1)

    get.mockClear()
    await fireEvent.click(within(dialog).getByTestId('conflict-reload'))
    await vi.waitFor(() => expect(get).toHaveBeenCalledWith(`/reports/${REPORT_ID}`, expect.anything()))
    await vi.waitFor(() => expect(screen.getByTestId('summary-input')).toHaveValue('Bản mới từ thẻ khác'))
    expect(server.views[0]!.version).toBe(5)
    await vi.waitFor(() => expect(screen.queryByTestId('conflict-dialog')).not.toBeVisible())
  })

  it('submits after a confirmation that warns when the deadline has passed, then shows it read-only', async () => {
    const put = putAnswering()
    const late = reportView({}, -2)
    const post = vi.spyOn(api, 'post').mockResolvedValue(
      reportView(
        {
          status: 'SUBMITTED',
          version: 5,
          editable: false,
          submittedAt: new Date().toISOString(),
          late: true,
          lateSeconds: 2 * 86400 + 3600,
          history: [
            ...late.history,
            { at: new Date().toISOString(), actor: 'kienan.unit', action: 'SUBMITTED', fromStatus: 'DRAFT', toStatus: 'SUBMITTED', reason: null },
          ],
        },
        -2,
      ),
    )
    await renderReport({ form: reportForm({}, requirement({}, -2)), view: late })
    expect(screen.getByTestId('due-countdown')).toHaveTextContent('Quá hạn 3 ngày')

    await fireEvent.update(screen.getByTestId('proposals-input'), 'Đề nghị bổ sung kinh phí.')
    await fireEvent.click(screen.getByTestId('report-submit'))
    const dialog = await screen.findByTestId('submit-dialog')
    expect(within(dialog).getByTestId('submit-late-warning')).toHaveTextContent('Đã quá hạn 3 ngày')
    expect(within(dialog).getByTestId('submit-late-warning')).toHaveTextContent('nộp muộn')
    expect(within(dialog).getByTestId('submit-empty-warning')).toHaveTextContent('2 nội dung chưa có thuyết minh')
    expect(within(dialog).getByTestId('submit-empty-warning')).toHaveTextContent('2 chỉ tiêu chưa nhập kết quả')

    await fireEvent.click(within(dialog).getByTestId('submit-confirm'))
    // The pending change is saved first, then the submission carries the saved version.
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(1))
    expect(put).toHaveBeenCalledTimes(1)
    expect(post).toHaveBeenCalledWith(`/reports/${REPORT_ID}/submit`, { version: 4 })

    await vi.waitFor(() => expect(screen.getByTestId('report-status')).toHaveTextContent('Đã gửi, chờ tiếp nhận'))
    expect(screen.getByTestId('report-late')).toHaveTextContent('Nộp muộn')
    expect(screen.getByTestId('lateness')).toHaveTextContent('Muộn 2 ngày 1 giờ')
    expect(screen.queryByTestId('report-submit')).not.toBeInTheDocument()
    expect(screen.queryByTestId('contents-0-text')).not.toBeInTheDocument()
    expect(screen.queryByTestId('attachments-choose')).not.toBeInTheDocument()
    expect(screen.getAllByTestId('history-entry')[0]).toHaveTextContent('Gửi báo cáo')
  })

  it('shows a submitted report read-only with its history (who, when, why)', async () => {
    await renderReport({
      view: reportView({
        status: 'ACCEPTED',
        editable: false,
        submittedAt: '2026-11-28T03:15:00Z',
        late: false,
        lateSeconds: 0,
        acceptedAt: '2026-12-01T02:00:00Z',
        acceptedBy: 'kienan.office',
        difficulties: 'Thiếu thiết bị.',
        selfAssessment: { grade: 'GOOD', text: 'Hoàn thành các chỉ tiêu.' },
        targets: [{ targetId: 't-1', targetCode: 'CT01', value: 90, numerator: 45, denominator: 50, percentage: 90, note: null, targetValue: 80, comparison: 'GT', attained: true }],
        attachments: [{ id: 'a-1', fileName: 'minh-chung.pdf', mediaType: 'application/pdf', sizeBytes: 1258291, sha256: 'ab', uploadedBy: 'kienan.unit', uploadedAt: '2026-11-27T03:00:00Z' }],
        history: [
          { at: '2026-11-20T02:00:00Z', actor: 'kienan.unit', action: 'CREATED', fromStatus: null, toStatus: 'DRAFT', reason: null },
          { at: '2026-11-25T02:00:00Z', actor: 'kienan.unit', action: 'SUBMITTED', fromStatus: 'DRAFT', toStatus: 'SUBMITTED', reason: null },
          { at: '2026-11-26T02:00:00Z', actor: 'kienan.office', action: 'RETURNED', fromStatus: 'SUBMITTED', toStatus: 'RETURNED', reason: 'Thiếu số liệu chỉ tiêu CT01' },
          { at: '2026-11-28T03:15:00Z', actor: 'kienan.unit', action: 'SUBMITTED', fromStatus: 'RETURNED', toStatus: 'SUBMITTED', reason: null },
          { at: '2026-12-01T02:00:00Z', actor: 'kienan.office', action: 'ACCEPTED', fromStatus: 'SUBMITTED', toStatus: 'ACCEPTED', reason: null },
        ],
      }),
    })
    expect(screen.getByTestId('report-status')).toHaveTextContent('Đã tiếp nhận')
    expect(screen.queryByTestId('due-countdown')).not.toBeInTheDocument()
    expect(screen.queryAllByRole('textbox')).toHaveLength(0)
    expect(screen.getByTestId('difficulties-text')).toHaveTextContent('Thiếu thiết bị.')
    expect(screen.getByTestId('self-grade')).toHaveTextContent('Hoàn thành tốt nhiệm vụ')
    expect(screen.getByTestId('targets-0-computed')).toHaveTextContent('90 %')
    expect(screen.getByTestId('attachment-item')).toHaveTextContent('minh-chung.pdf')
    expect(screen.getByTestId('attachment-item')).toHaveTextContent('1,2 MB')
    expect(screen.queryByTestId('attachment-delete')).not.toBeInTheDocument()
    const entries = screen.getAllByTestId('history-entry')
    expect(entries).toHaveLength(5)
    expect(entries[0]).toHaveTextContent('Tiếp nhận')
    expect(entries[0]).toHaveTextContent('kienan.office')
    expect(entries[2]).toHaveTextContent('Trả lại')
    expect(entries[2]).toHaveTextContent('Lý do: Thiếu số liệu chỉ tiêu CT01')
    expect(entries[2]).toHaveTextContent('Đã gửi, chờ tiếp nhận → Bị trả lại')
    // A unit cannot reopen; nothing to do but read.
    expect(screen.queryByTestId('report-reopen')).not.toBeInTheDocument()
  })

  it('starts the draft when a unit opens a requirement without a report (the reminder mail link)', async () => {
    const form = reportForm({}, requirement({ report: null, status: 'PENDING' }))
    const post = vi.spyOn(api, 'post').mockResolvedValue(reportView({ version: 0, contents: [] }))
    await renderReport({ form, view: reportView({ version: 0, contents: [] }), byRequirement: true })

    expect(post).toHaveBeenCalledWith('/reports', { requirementId: REQ_ID })
    expect(screen.getByTestId('contents-0-text')).toHaveValue('')
    expect(screen.getByTestId('report-submit')).toBeInTheDocument()
  })

  it('lets the office open a requirement without starting a report for the unit until asked', async () => {
    const form = reportForm({}, requirement({ report: null, status: 'PENDING' }))
    const post = vi.spyOn(api, 'post').mockResolvedValue(reportView({ version: 0 }))
    await renderReport({ form, byRequirement: true, role: 'office' })

    expect(screen.getByTestId('report-not-started')).toHaveTextContent('Đơn vị chưa lập báo cáo cho kỳ này')
    expect(post).not.toHaveBeenCalled()
    await fireEvent.click(screen.getByTestId('report-start'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith('/reports', { requirementId: REQ_ID }))
    expect(await screen.findByTestId('contents-0-text')).toBeInTheDocument()
  })

  it('shows the returned reason and the new deadline', async () => {
    await renderReport({ view: reportView({ status: 'RETURNED', returnedCount: 1, lastReturnReason: 'Bổ sung minh chứng cho chỉ tiêu CT01' }, 5) })
    const alert = screen.getByTestId('report-returned')
    expect(alert).toHaveTextContent('Báo cáo bị trả lại — hạn nộp lại trước ngày')
    expect(alert).toHaveTextContent('Bổ sung minh chứng cho chỉ tiêu CT01')
    expect(screen.getByTestId('report-status')).toHaveTextContent('Bị trả lại')
    expect(screen.getByTestId('due-countdown')).toHaveTextContent('Còn 5 ngày')
  })

  it('offers the plan’s award forms for the period’s occasion, with their names', async () => {
    const put = putAnswering()
    await renderReport()

    await fireEvent.click(screen.getByTestId('awards-add'))
    // One form is offered for an annual report: it is chosen already.
    await vi.waitFor(() => expect(screen.getByTestId('awards-0-form')).toHaveTextContent('Giấy khen của Chủ tịch UBND phường'))
    await fireEvent.update(screen.getByTestId('awards-0-nominee'), 'Tổ Công nghệ thông tin')
    await vi.waitFor(() => expect(put).toHaveBeenCalled(), { timeout: 3000 })
    expect(putBody(put).proposedAwards).toEqual([{ awardFormCode: 'giay-khen-chu-tich-ubnd', nominee: 'Tổ Công nghệ thông tin', reason: '' }])
  })

  it('lets the leader confirm a report awaiting confirmation', async () => {
    const post = vi.spyOn(api, 'post').mockResolvedValue(reportView({ status: 'SUBMITTED', editable: false, version: 7, submittedAt: '2026-12-03T03:00:00Z', late: false }))
    await renderReport({ view: reportView({ status: 'AWAITING_CONFIRMATION', editable: false, version: 6 }), role: 'leader' })
    expect(screen.getByTestId('report-status')).toHaveTextContent('Chờ lãnh đạo xác nhận')

    await fireEvent.click(screen.getByTestId('report-confirm'))
    const dialog = await screen.findByTestId('review-confirm-dialog')
    await fireEvent.click(within(dialog).getByTestId('review-confirm-confirm'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith(`/reports/${REPORT_ID}/confirm`, { version: 6 }))
    await vi.waitFor(() => expect(screen.getByTestId('report-status')).toHaveTextContent('Đã gửi, chờ tiếp nhận'))
  })

  it('lets the office reopen an accepted report with a reason', async () => {
    const post = vi.spyOn(api, 'post').mockResolvedValue(reportView({ status: 'RETURNED', editable: true, version: 9, lastReturnReason: 'Sai số liệu CT02' }))
    await renderReport({ view: reportView({ status: 'ACCEPTED', editable: false, version: 8 }), role: 'office' })

    await fireEvent.click(screen.getByTestId('report-reopen'))
    const dialog = await screen.findByTestId('review-reopen-dialog')
    await fireEvent.click(within(dialog).getByTestId('review-reopen-confirm'))
    expect(await within(dialog).findByText('Cần nêu lý do')).toBeInTheDocument()
    expect(post).not.toHaveBeenCalled()

    await fireEvent.update(within(dialog).getByTestId('review-reason'), 'Sai số liệu CT02')
    await fireEvent.click(within(dialog).getByTestId('review-reopen-confirm'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith(`/reports/${REPORT_ID}/reopen`, { version: 8, reason: 'Sai số liệu CT02' }))
    await vi.waitFor(() => expect(screen.getByTestId('report-status')).toHaveTextContent('Bị trả lại'))
  })

  it('lists an uploaded attachment and keeps saving with the version the upload moved', async () => {
    const put = putAnswering()
    const attachment = { id: 'a-9', fileName: 'bang-so-lieu.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sizeBytes: 20480, sha256: 'cd', uploadedBy: 'kienan.unit', uploadedAt: '2026-12-03T02:00:00Z' }
    vi.spyOn(api, 'upload').mockResolvedValue(attachment)
    // After the upload the server holds version 4 with the same content.
    await renderReport({ view: [reportView(), reportView({ version: 4, attachments: [attachment] })] })

    const input = screen.getByTestId('attachments-input')
    const file = new File(['PK'], 'bang-so-lieu.xlsx', { type: attachment.mediaType })
    Object.defineProperty(input, 'files', { value: [file], configurable: true })
    await fireEvent.change(input)
    expect(await screen.findByText('bang-so-lieu.xlsx')).toBeInTheDocument()
    await new Promise((r) => setTimeout(r, 50))

    await fireEvent.update(screen.getByTestId('summary-input'), 'Hoàn thành kế hoạch năm.')
    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(1), { timeout: 3000 })
    expect(putBody(put).version).toBe(4)
  })

  it('shows the sơ kết/tổng kết prefill per year and inserts a year’s narrative into its section', async () => {
    putAnswering()
    const req = requirement({ period: { ...requirement().period, kind: 'FINAL_REVIEW', title: 'Báo cáo tổng kết giai đoạn 2025-2030', year: 2030 } })
    const form = reportForm(
      {
        prefill: {
          years: [2026, 2025],
          targets: [
            {
              targetId: 't-1',
              values: [
                { year: 2025, value: 75, numerator: 30, denominator: 40 },
                { year: 2026, value: 90, numerator: 45, denominator: 50 },
              ],
            },
          ],
          narratives: [{ contentId: 'c-2', byYear: [{ year: 2025, text: 'Mở 2 lớp.' }, { year: 2026, text: 'Mở 4 lớp.' }] }],
        },
      },
      req,
    )
    await renderReport({ form })

    const panel = screen.getByTestId('prefill-panel')
    const table = within(panel).getByTestId('prefill-targets')
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Chỉ tiêu', '2025', '2026'])
    expect(table).toHaveTextContent('75 % (30/40)')
    expect(table).toHaveTextContent('90 % (45/50)')

    await fireEvent.click(within(panel).getByTestId('prefill-insert-2'))
    expect(screen.getByTestId('contents-2-text')).toHaveValue('Tổ chức 4 lớp “Bình dân học vụ số”.\n\nNăm 2025: Mở 2 lớp.\n\nNăm 2026: Mở 4 lớp.')
  })
})
