import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import ConsolidationEditorPage from '@/features/consolidation/pages/ConsolidationEditorPage.vue'
import { api, ApiError } from '@/lib/api-client'
import { renderWithApp } from '@/test/render'
import type { ConsolidationView } from '@/features/consolidation/api/types'

const periodId = 'p-2025'
const id = 'k-1'

function consolidation(overrides: Partial<ConsolidationView> = {}): ConsolidationView {
  return {
    id,
    version: 4,
    status: 'DRAFT',
    period: {
      id: periodId,
      title: 'Báo cáo kết quả phong trào thi đua năm 2025',
      year: 2025,
      kind: 'ANNUAL',
      dueDate: '2025-11-05',
      dueAt: '2025-11-04T17:00:00Z',
      planId: 'plan-1',
      planNumber: '125/KH-UBND',
      planTitle: 'Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”',
    },
    unit: { id: 'c1', name: 'UBND phường Kiến An', path: '/hp/kien-an' },
    secondHop: { periodId: 'p-hop', requirementId: 'r-hop', recipientName: 'Ban Thi đua - Khen thưởng thành phố Hải Phòng', dueDate: '2025-11-15', dueAt: '2025-11-14T17:00:00Z' },
    contents: [
      {
        contentId: 'c-1',
        number: '1',
        title: 'Thi đua nâng cao nhận thức về chuyển đổi số',
        text: 'Các tổ dân phố đã tổ chức 12 buổi tuyên truyền.',
        sources: [
          { reportId: 'r-1', unitId: 'v1', unitName: 'Tổ dân phố 1', text: 'Tổ chức 5 buổi tuyên truyền tại nhà văn hóa.' },
          { reportId: 'r-2', unitId: 'v2', unitName: 'Tổ dân phố 2', text: 'Tổ chức 7 buổi tuyên truyền.' },
        ],
        parentId: null,
      },
      { contentId: 'c-1-1', parentId: 'c-1', number: '1.1', title: 'Tuyên truyền trên mạng xã hội', text: '', sources: [] },
    ],
    targets: [
      {
        targetId: 't-1',
        targetCode: 'CT01',
        targetName: 'Tỷ lệ hộ gia đình sử dụng dịch vụ công trực tuyến',
        unitOfMeasure: '%',
        percentage: true,
        comparison: 'GTE',
        numeratorSum: 850,
        denominatorSum: 1000,
        valueSum: null,
        ratio: 85,
        targetValue: 80,
        attained: true,
      },
      {
        targetId: 't-2',
        targetCode: 'CT02',
        targetName: 'Số buổi tuyên truyền',
        unitOfMeasure: 'buổi',
        percentage: false,
        comparison: 'GTE',
        numeratorSum: null,
        denominatorSum: null,
        valueSum: 12,
        ratio: null,
        targetValue: 20,
        attained: false,
      },
    ],
    missingUnits: [{ unitId: 'v3', unitName: 'Tổ dân phố 3', unitPath: '/hp/kien-an/tdp-3', reportStatus: 'RETURNED' }],
    summary: 'Phong trào được triển khai rộng khắp.',
    difficulties: '',
    proposals: '',
    history: [{ at: '2025-11-06T02:00:00Z', actor: 'kienan.office', action: 'ASSEMBLED', fromStatus: null, toStatus: 'DRAFT', reason: null }],
    ...overrides,
  }
}

async function renderByPeriod(role: 'office' | 'leader' | 'admin' = 'office', view: ConsolidationView | Error = consolidation()) {
  const get = vi.spyOn(api, 'get').mockImplementation(async () => {
    if (view instanceof Error) throw view
    return view
  })
  const utils = await renderWithApp(ConsolidationEditorPage, { path: `/consolidation/${periodId}`, props: { periodId }, role })
  return { ...utils, get }
}

describe('ConsolidationEditorPage', { timeout: 45_000 }, () => {
  beforeAll(async () => {
    await import('@/features/consolidation/pages/ConsolidationEditorPage.vue')
  }, 60_000)
  beforeEach(() => ElMessage.closeAll())

  it("shows each unit's text under its name, the commune's text, the target sums and who did not report", async () => {
    const { get } = await renderByPeriod()
    expect(await screen.findByTestId('consolidation-title')).toHaveTextContent('Báo cáo tổng hợp của xã')
    expect(get).toHaveBeenCalledWith(`/reporting-periods/${periodId}/consolidation`, expect.anything())
    expect(screen.getByTestId('consolidation-status')).toHaveTextContent('Dự thảo')
    expect(screen.getByTestId('consolidation-unit')).toHaveTextContent('UBND phường Kiến An')

    const content = screen.getByTestId('content-c-1')
    expect(within(content).getByRole('heading', { name: '1. Thi đua nâng cao nhận thức về chuyển đổi số' })).toBeInTheDocument()
    await fireEvent.click(within(content).getByText('Báo cáo của các đơn vị (2)'))
    const sources = within(content).getAllByTestId('content-source')
    expect(sources[0]).toHaveTextContent('Tổ dân phố 1')
    expect(sources[0]).toHaveTextContent('Tổ chức 5 buổi tuyên truyền tại nhà văn hóa.')
    expect(sources[1]).toHaveTextContent('Tổ dân phố 2')
    expect(within(content).getByLabelText('Nội dung báo cáo của xã: 1. Thi đua nâng cao nhận thức về chuyển đổi số')).toHaveValue('Các tổ dân phố đã tổ chức 12 buổi tuyên truyền.')
    // The nested item comes right after its parent (tree order).
    expect(screen.getByTestId('content-c-1-1')).toHaveTextContent('1.1. Tuyên truyền trên mạng xã hội')

    const targets = screen.getByTestId('targets-table')
    expect(targets).toHaveTextContent('CT01')
    expect(targets).toHaveTextContent('850')
    expect(targets).toHaveTextContent('1.000')
    expect(targets).toHaveTextContent('85 %')
    expect(targets).toHaveTextContent('≥ 80 %')
    expect(targets).toHaveTextContent('12 buổi')
    const verdicts = within(targets).getAllByTestId('target-attained').map((tag) => tag.textContent?.trim())
    expect(verdicts).toEqual(['Đạt', 'Chưa đạt'])

    const missing = screen.getByTestId('missing-units')
    expect(missing).toHaveTextContent('Tổ dân phố 3')
    expect(missing).toHaveTextContent('Bị trả lại')
    expect(screen.getByTestId('consolidation-history')).toHaveTextContent('Tổng hợp')
  })

  it('offers to assemble the report when the period has none yet (404)', async () => {
    vi.spyOn(api, 'get').mockRejectedValue(new ApiError(404, { status: 404, title: 'Not Found' }))
    const post = vi.spyOn(api, 'post').mockResolvedValue(consolidation())
    await renderWithApp(ConsolidationEditorPage, { path: `/consolidation/${periodId}`, props: { periodId }, role: 'office' })

    expect(await screen.findByText('Chưa có báo cáo tổng hợp cho kỳ này')).toBeInTheDocument()
    await fireEvent.click(screen.getByTestId('consolidation-assemble'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith(`/reporting-periods/${periodId}/consolidation`))
    expect(await screen.findByTestId('consolidation-title')).toBeInTheDocument()
  })

  it("autosaves the commune's texts with the current version, then the next save carries the new one", async () => {
    const put = vi.spyOn(api, 'put').mockImplementation(async (_path, body) => ({ ...consolidation(), version: (body as { version: number }).version + 1 }))
    await renderByPeriod()
    const text = await screen.findByLabelText('Nội dung báo cáo của xã: 1. Thi đua nâng cao nhận thức về chuyển đổi số')

    await fireEvent.update(text, 'Đã tổ chức 12 buổi tuyên truyền, 1.200 lượt người tham dự.')
    expect(screen.getByTestId('save-status')).toHaveTextContent('Đang lưu…')
    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(1), { timeout: 4000 })
    expect(put.mock.calls[0]![0]).toBe(`/consolidations/${id}`)
    expect(put.mock.calls[0]![1]).toEqual({
      version: 4,
      contents: [
        { contentId: 'c-1', text: 'Đã tổ chức 12 buổi tuyên truyền, 1.200 lượt người tham dự.' },
        { contentId: 'c-1-1', text: '' },
      ],
      summary: 'Phong trào được triển khai rộng khắp.',
      difficulties: '',
      proposals: '',
    })
    await vi.waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/Đã lưu lúc \d\d:\d\d/))

    await fireEvent.update(screen.getByTestId('free-difficulties'), 'Một số tổ dân phố thiếu thiết bị.')
    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(2), { timeout: 4000 })
    expect((put.mock.calls[1]![1] as { version: number; difficulties: string }).version).toBe(5)
    expect((put.mock.calls[1]![1] as { difficulties: string }).difficulties).toBe('Một số tổ dân phố thiếu thiết bị.')
  })

  it('stops saving on a stale version (409) and offers to reload', async () => {
    vi.spyOn(api, 'put').mockRejectedValue(new ApiError(409, { status: 409, title: 'Conflict', detail: 'Phiên bản đã cũ' }))
    const { get } = await renderByPeriod()
    await fireEvent.update(await screen.findByTestId('free-summary'), 'Đánh giá mới')

    expect(await screen.findByTestId('consolidation-conflict', {}, { timeout: 4000 })).toHaveTextContent('Báo cáo đã được người khác thay đổi')
    expect(screen.getByTestId('save-status')).toHaveTextContent('Chưa lưu được')
    await fireEvent.click(screen.getByTestId('consolidation-reload'))
    await vi.waitFor(() => expect(get).toHaveBeenCalledTimes(2))
    expect(await screen.findByTestId('free-summary')).toHaveValue('Phong trào được triển khai rộng khắp.')
  })

  it("puts the server's message at the field it names (contents[0].text)", async () => {
    vi.spyOn(api, 'put').mockRejectedValue(
      new ApiError(400, { status: 400, title: 'Bad Request', detail: 'Dữ liệu không hợp lệ', errors: [{ field: 'contents[0].text', message: 'Nội dung tối đa 20000 ký tự' }] }),
    )
    await renderByPeriod()
    await fireEvent.update((await screen.findAllByTestId('content-text'))[0]!, 'x'.repeat(30))

    expect(await screen.findByText('Nội dung tối đa 20000 ký tự', {}, { timeout: 4000 })).toBeInTheDocument()
    expect(screen.getByTestId('consolidation-problem')).toHaveTextContent('Dữ liệu không hợp lệ')
  })

  it('lets a leader approve after a confirmation; the approved report is read-only', async () => {
    const post = vi.spyOn(api, 'post').mockResolvedValue(consolidation({ status: 'APPROVED', version: 5, approvedAt: '2025-11-07T03:00:00Z' }))
    await renderByPeriod('leader')
    expect(await screen.findAllByTestId('content-text-readonly')).toHaveLength(2)
    expect(screen.queryByTestId('consolidation-reassemble')).not.toBeInTheDocument()

    await fireEvent.click(screen.getByTestId('consolidation-approve'))
    const dialog = await screen.findByTestId('consolidation-approve-dialog')
    expect(dialog).toHaveTextContent('Sau khi phê duyệt')
    expect(dialog).toHaveTextContent('Còn 1 đơn vị chưa có báo cáo được duyệt.')
    await fireEvent.click(within(dialog).getByTestId('consolidation-approve-confirm'))

    await vi.waitFor(() => expect(post).toHaveBeenCalledWith(`/consolidations/${id}/approve`, { version: 4 }))
    await vi.waitFor(() => expect(screen.getByTestId('consolidation-status')).toHaveTextContent('Đã phê duyệt'))
    expect(screen.getByTestId('consolidation-readonly')).toHaveTextContent('đã được lãnh đạo phê duyệt')
    expect(screen.getByTestId('consolidation-submit')).toBeInTheDocument()
  })

  it('sends an approved report to the board named in the confirmation', async () => {
    const post = vi.spyOn(api, 'post').mockResolvedValue(consolidation({ status: 'SUBMITTED', version: 6, submittedAt: '2025-11-16T03:00:00Z', late: true, lateSeconds: 2 * 86_400 + 3600 }))
    await renderByPeriod('office', consolidation({ status: 'APPROVED', version: 5 }))
    expect(screen.queryByTestId('content-text')).not.toBeInTheDocument()

    await fireEvent.click(await screen.findByTestId('consolidation-submit'))
    const dialog = await screen.findByTestId('consolidation-submit-dialog')
    expect(dialog).toHaveTextContent('Báo cáo được gửi tới Ban Thi đua - Khen thưởng thành phố Hải Phòng')
    await fireEvent.click(within(dialog).getByTestId('consolidation-submit-confirm'))

    await vi.waitFor(() => expect(post).toHaveBeenCalledWith(`/consolidations/${id}/submit`, { version: 5 }))
    await vi.waitFor(() => expect(screen.getByTestId('consolidation-status')).toHaveTextContent('Đã gửi cấp trên'))
    expect(screen.getByTestId('consolidation-submitted')).toHaveTextContent('Gửi muộn 2 ngày')
    expect(screen.queryByTestId('consolidation-submit')).not.toBeInTheDocument()
  })

  it('reloads when an action meets a stale version (409)', async () => {
    vi.spyOn(api, 'post').mockRejectedValue(new ApiError(409, { status: 409, title: 'Conflict' }))
    const { get } = await renderByPeriod('leader')
    await fireEvent.click(await screen.findByTestId('consolidation-approve'))
    await fireEvent.click(within(await screen.findByTestId('consolidation-approve-dialog')).getByTestId('consolidation-approve-confirm'))
    await vi.waitFor(() => expect(get).toHaveBeenCalledTimes(2))
    expect(await screen.findByText('Báo cáo vừa được thay đổi ở nơi khác; trang đã tải lại bản mới nhất.')).toBeInTheDocument()
  })

  it('downloads the DOCX and the PDF through the shared client', async () => {
    const blob = new Blob(['x'])
    const getBlob = vi.spyOn(api, 'getBlob').mockResolvedValue(blob)
    // jsdom has no object URLs; the saved file's name is read off the link that is clicked.
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:doc'), revokeObjectURL: vi.fn() })
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download)
    })
    await renderByPeriod()
    await fireEvent.click(await screen.findByTestId('download-docx'))
    await vi.waitFor(() => expect(getBlob).toHaveBeenCalledWith(`/consolidations/${id}/document`, { query: { format: 'docx' } }))
    await fireEvent.click(screen.getByTestId('download-pdf'))
    await vi.waitFor(() => expect(getBlob).toHaveBeenCalledWith(`/consolidations/${id}/document`, { query: { format: 'pdf' } }))
    await vi.waitFor(() => expect(names).toEqual(['bao-cao-tong-hop-ubnd-phuong-kien-an-2025.docx', 'bao-cao-tong-hop-ubnd-phuong-kien-an-2025.pdf']))
  })

  it('shows the board a submitted report by id, read-only and without actions', async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValue(consolidation({ status: 'SUBMITTED', submittedAt: '2025-11-10T03:00:00Z', lateSeconds: 0 }))
    await renderWithApp(ConsolidationEditorPage, { path: `/board/consolidations/${id}`, props: { id, board: true }, role: 'board' })

    expect(await screen.findByTestId('consolidation-title')).toBeInTheDocument()
    expect(get).toHaveBeenCalledWith(`/consolidations/${id}`, expect.anything())
    expect(screen.queryByTestId('content-text')).not.toBeInTheDocument()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(screen.queryByTestId('consolidation-approve')).not.toBeInTheDocument()
    expect(screen.queryByTestId('consolidation-submit')).not.toBeInTheDocument()
    expect(screen.getByTestId('consolidation-submitted')).toHaveTextContent('Đúng hạn')
    expect(screen.getByTestId('download-pdf')).toBeInTheDocument()
    expect(screen.getByText('Báo cáo các xã đã gửi')).toBeInTheDocument()
  })
})
