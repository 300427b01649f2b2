import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import MyReportsPage from '@/features/reports/pages/MyReportsPage.vue'
import { api } from '@/lib/api-client'
import { page, renderWithApp } from '@/test/render'
import { requirement } from '@/features/reports/testing/fixtures'

const rows = [
  requirement({ id: 'r-new', report: null, status: 'PENDING' }, 12),
  requirement({ id: 'r-draft', report: { id: 'rep-d', status: 'DRAFT', version: 2, submittedAt: null, late: null, lateSeconds: null } }, 1),
  requirement({ id: 'r-late', report: { id: 'rep-r', status: 'RETURNED', version: 4, submittedAt: null, late: null, lateSeconds: null } }, -3),
  requirement(
    {
      id: 'r-sent',
      unit: { id: 'u-2', name: 'Trường Tiểu học Kiến An', path: '/hai-phong/kien-an/th' },
      report: { id: 'rep-s', status: 'SUBMITTED', version: 6, submittedAt: '2026-11-28T03:00:00Z', late: true, lateSeconds: 3600 },
    },
    -5,
  ),
]

describe('MyReportsPage (Báo cáo của tôi)', () => {
  it("lists the unit's requirements with status, due date dd/MM/yyyy, a countdown and the way in", async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValue(page(rows))
    await renderWithApp(MyReportsPage, { path: '/reports', role: 'unit' })

    expect(await screen.findByRole('heading', { name: 'Báo cáo của tôi' })).toBeInTheDocument()
    expect(get).toHaveBeenCalledWith('/report-requirements', expect.objectContaining({ query: expect.objectContaining({ page: 0, size: 20 }) }))
    const table = screen.getByTestId('requirements-table')
    await within(table).findAllByTestId('requirement-title')
    const lines = within(table).getAllByRole('row').slice(1)
    expect(lines).toHaveLength(4)

    expect(lines[0]).toHaveTextContent('Chưa lập báo cáo')
    expect(lines[0]).toHaveTextContent('Còn 12 ngày')
    expect(within(lines[0]!).getByTestId('requirement-due')).toHaveTextContent(/^\d{2}\/\d{2}\/\d{4}$/)
    expect(within(lines[0]!).getByRole('link', { name: 'Lập báo cáo' })).toHaveAttribute('href', '/reports/requirements/r-new')

    expect(lines[1]).toHaveTextContent('Đang soạn')
    expect(lines[1]).toHaveTextContent('Hạn cuối hôm nay')
    expect(within(lines[1]!).getByRole('link', { name: 'Tiếp tục soạn' })).toHaveAttribute('href', '/reports/rep-d')

    expect(lines[2]).toHaveTextContent('Bị trả lại')
    expect(lines[2]).toHaveTextContent('Quá hạn 4 ngày')

    // Sent: no countdown any more, the lateness tag instead.
    expect(lines[3]).toHaveTextContent('Đã gửi, chờ tiếp nhận')
    expect(lines[3]).toHaveTextContent('Nộp muộn')
    expect(within(lines[3]!).queryByTestId('due-countdown')).not.toBeInTheDocument()
    expect(within(lines[3]!).getByRole('link', { name: 'Xem báo cáo' })).toHaveAttribute('href', '/reports/rep-s')
    // A unit sees only its own: no unit column, no review links.
    expect(within(table).queryByText('Trường Tiểu học Kiến An')).not.toBeInTheDocument()
    expect(screen.queryByTestId('reports-review-link')).not.toBeInTheDocument()
  })

  it("shows the office its commune's units and the way to the review queue and periods", async () => {
    vi.spyOn(api, 'get').mockResolvedValue(page(rows))
    await renderWithApp(MyReportsPage, { path: '/reports', role: 'office' })

    expect(await screen.findByRole('heading', { name: 'Báo cáo của các đơn vị' })).toBeInTheDocument()
    const table = screen.getByTestId('requirements-table')
    expect(await within(table).findByText('Trường Tiểu học Kiến An')).toBeInTheDocument()
    expect(screen.getByTestId('reports-review-link')).toHaveAttribute('href', '/reports/review')
    expect(screen.getByTestId('reports-periods-link')).toHaveAttribute('href', '/reports/periods')
  })

  it('filters by the year kept in the URL', async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValue(page([]))
    await renderWithApp(MyReportsPage, { path: '/reports?year=2026', role: 'unit' })

    await vi.waitFor(() => expect(get).toHaveBeenCalledWith('/report-requirements', expect.objectContaining({ query: expect.objectContaining({ year: 2026 }) })))
    expect(await screen.findByText('Chưa có kỳ báo cáo nào phải nộp')).toBeInTheDocument()
  })

  it('narrows to one plan from ?planId= and clears it', async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValue(page(rows.slice(0, 1)))
    const { router } = await renderWithApp(MyReportsPage, { path: '/reports?planId=p-1', role: 'unit' })
    await vi.waitFor(() => expect(get).toHaveBeenCalledWith('/report-requirements', expect.objectContaining({ query: expect.objectContaining({ planId: 'p-1' }) })))
    const filter = await screen.findByTestId('reports-plan-filter')
    expect(filter).toHaveTextContent('Lọc theo một kế hoạch')
    await fireEvent.click(filter.querySelector('.el-tag__close')!)
    await vi.waitFor(() => expect(router.currentRoute.value.query.planId).toBeUndefined())
  })

  it('shows cards instead of the table on a phone', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('max-width'), media: query, addEventListener: () => {}, removeEventListener: () => {} }))
    try {
      vi.spyOn(api, 'get').mockResolvedValue(page(rows))
      await renderWithApp(MyReportsPage, { path: '/reports', role: 'unit' })
      const cards = await screen.findAllByTestId('requirement-card')
      expect(cards).toHaveLength(4)
      expect(screen.queryByRole('table')).not.toBeInTheDocument()
      expect(cards[0]).toHaveTextContent('Còn 12 ngày')
      expect(within(cards[0]!).getByRole('link', { name: 'Lập báo cáo' })).toBeInTheDocument()
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('shows an error with a retry', async () => {
    const get = vi.spyOn(api, 'get').mockRejectedValueOnce(new Error('boom')).mockResolvedValue(page(rows))
    await renderWithApp(MyReportsPage, { path: '/reports', role: 'unit' })
    await fireEvent.click(await screen.findByRole('button', { name: 'Thử lại' }))
    await vi.waitFor(() => expect(get).toHaveBeenCalledTimes(2))
    expect(await screen.findAllByTestId('requirement-title')).toHaveLength(4)
  })
})
