import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import ReviewQueuePage from '@/features/reports/pages/ReviewQueuePage.vue'
import { api, ApiError } from '@/lib/api-client'
import { page, renderWithApp } from '@/test/render'
import { resetCalendarCache } from '@/features/reports/composables/useDefaultReturnDate'
import { defaultReturnDueDate, vnIsoDate } from '@/features/reports/lib/deadlines'
import { queueRow, reportView } from '@/features/reports/testing/fixtures'

const early = queueRow({ reportId: 'rep-a', unit: { id: 'u-a', name: 'Công an phường', path: '/a' }, submittedAt: '2026-11-25T02:00:00Z', version: 3 })
const late = queueRow({
  reportId: 'rep-b',
  unit: { id: 'u-b', name: 'Trường Tiểu học Kiến An', path: '/b' },
  submittedAt: '2026-12-02T09:30:00Z',
  late: true,
  lateSeconds: 2 * 86400 + 5 * 3600,
  returnedCount: 1,
  version: 8,
})

function serve(queue = [early, late]) {
  return vi.spyOn(api, 'get').mockImplementation(async (path: string) => {
    if (path === '/review-queue') return page(queue)
    if (path.startsWith('/calendar/working-days/')) return { year: 2026, source: 'DEFAULT', days: [] }
    throw new ApiError(404, { status: 404 })
  })
}

describe('ReviewQueuePage (Duyệt báo cáo)', () => {
  beforeEach(() => resetCalendarCache())

  it('lists sent reports in the server’s order (oldest first) with their lateness', async () => {
    const get = serve()
    await renderWithApp(ReviewQueuePage, { path: '/reports/review', role: 'office' })

    const units = await screen.findAllByTestId('review-unit')
    expect(units.map((u) => u.textContent)).toEqual(['Công an phường', 'Trường Tiểu học Kiến An'])
    expect(get).toHaveBeenCalledWith('/review-queue', expect.objectContaining({ query: expect.objectContaining({ status: 'SUBMITTED' }) }))
    const lines = within(screen.getByTestId('review-table')).getAllByRole('row').slice(1)
    expect(lines[0]).toHaveTextContent('Đúng hạn')
    expect(lines[0]).toHaveTextContent('09:00 25/11/2026')
    expect(lines[1]).toHaveTextContent('Muộn 2 ngày 5 giờ')
    expect(lines[1]).toHaveTextContent('Đã trả lại 1 lần')
    expect(within(lines[0]!).getByRole('link', { name: 'Xem' })).toHaveAttribute('href', '/reports/rep-a')
  })

  it('returns a report: the reason is required, the default deadline is shown and left to the server', async () => {
    serve()
    const post = vi.spyOn(api, 'post').mockResolvedValue(reportView({ status: 'RETURNED' }))
    await renderWithApp(ReviewQueuePage, { path: '/reports/review', role: 'office' })
    await screen.findAllByTestId('review-unit')

    await fireEvent.click(screen.getAllByTestId('review-row-return')[1]!)
    const dialog = await screen.findByTestId('review-return-dialog')
    expect(dialog).toHaveTextContent('Trường Tiểu học Kiến An')
    const expected = defaultReturnDueDate(vnIsoDate(), 5, [])
    const [y, m, d] = expected.split('-')
    await vi.waitFor(() => expect(within(dialog).getByTestId('review-due-hint')).toHaveTextContent(`Mặc định 5 ngày làm việc: trước ngày ${d}/${m}/${y}`))

    await fireEvent.click(within(dialog).getByTestId('review-return-confirm'))
    expect(await within(dialog).findByText('Cần nêu lý do')).toBeInTheDocument()
    expect(post).not.toHaveBeenCalled()

    await fireEvent.update(within(dialog).getByTestId('review-reason'), '  Thiếu minh chứng cho chỉ tiêu CT01  ')
    await fireEvent.click(within(dialog).getByTestId('review-return-confirm'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(1))
    // No dueDate: the office kept the default, which the server computes from its own calendar.
    expect(post).toHaveBeenCalledWith('/reports/rep-b/return', { version: 8, reason: 'Thiếu minh chứng cho chỉ tiêu CT01' })
  })

  it('shows the field the server names when it refuses a return', async () => {
    serve()
    vi.spyOn(api, 'post').mockRejectedValue(
      new ApiError(400, { status: 400, title: 'Bad Request', errors: [{ field: 'dueDate', message: 'Hạn mới không được ở quá khứ' }] }),
    )
    await renderWithApp(ReviewQueuePage, { path: '/reports/review', role: 'office' })
    await screen.findAllByTestId('review-unit')
    await fireEvent.click(screen.getAllByTestId('review-row-return')[0]!)
    const dialog = await screen.findByTestId('review-return-dialog')
    await fireEvent.update(within(dialog).getByTestId('review-reason'), 'Sai số liệu')
    await fireEvent.click(within(dialog).getByTestId('review-return-confirm'))
    expect(await within(dialog).findByText('Hạn mới không được ở quá khứ')).toBeInTheDocument()
  })

  it('accepts a report with its version and reloads the queue', async () => {
    const get = serve()
    const post = vi.spyOn(api, 'post').mockResolvedValue(reportView({ status: 'ACCEPTED' }))
    await renderWithApp(ReviewQueuePage, { path: '/reports/review', role: 'office' })
    await screen.findAllByTestId('review-unit')
    get.mockClear()

    await fireEvent.click(screen.getAllByTestId('review-row-accept')[0]!)
    const dialog = await screen.findByTestId('review-accept-dialog')
    await fireEvent.click(within(dialog).getByTestId('review-accept-confirm'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith('/reports/rep-a/accept', { version: 3 }))
    await vi.waitFor(() => expect(get).toHaveBeenCalledWith('/review-queue', expect.anything()))
  })

  it('says so when the report changed meanwhile (409) and reloads the queue', async () => {
    serve()
    vi.spyOn(api, 'post').mockRejectedValue(new ApiError(409, { status: 409, detail: 'Báo cáo đã được tiếp nhận trước đó' }))
    await renderWithApp(ReviewQueuePage, { path: '/reports/review', role: 'office' })
    await screen.findAllByTestId('review-unit')
    await fireEvent.click(screen.getAllByTestId('review-row-accept')[0]!)
    await fireEvent.click(within(await screen.findByTestId('review-accept-dialog')).getByTestId('review-accept-confirm'))
    expect(await screen.findByTestId('review-refused')).toHaveTextContent('Báo cáo đã được tiếp nhận trước đó')
  })

  it("opens the leader's queue of reports awaiting confirmation and confirms one", async () => {
    const get = serve([queueRow({ reportId: 'rep-c', status: 'AWAITING_CONFIRMATION', version: 2 })])
    const post = vi.spyOn(api, 'post').mockResolvedValue(reportView({ status: 'SUBMITTED' }))
    await renderWithApp(ReviewQueuePage, { path: '/reports/review', role: 'leader' })
    await screen.findAllByTestId('review-unit')
    expect(get).toHaveBeenCalledWith('/review-queue', expect.objectContaining({ query: expect.objectContaining({ status: 'AWAITING_CONFIRMATION' }) }))
    expect(screen.queryByTestId('review-row-return')).not.toBeInTheDocument()

    await fireEvent.click(screen.getByTestId('review-row-confirm'))
    await fireEvent.click(within(await screen.findByTestId('review-confirm-dialog')).getByTestId('review-confirm-confirm'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith('/reports/rep-c/confirm', { version: 2 }))
  })
})
