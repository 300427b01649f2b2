import { beforeAll, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import BoardConsolidationsPage from '@/features/consolidation/pages/BoardConsolidationsPage.vue'
import ConsolidationsPage from '@/features/consolidation/pages/ConsolidationsPage.vue'
import { api } from '@/lib/api-client'
import { createHarness, page, renderWithApp } from '@/test/render'
import type { ConsolidationSummary, PeriodOption } from '@/features/consolidation/api/types'

const culture = { id: 'c1', name: 'UBND phường Kiến An', path: '/hp/kien-an' }
function period(id: string, title: string, secondHop = false): PeriodOption {
  return {
    id,
    title,
    year: 2025,
    kind: 'ANNUAL',
    planId: 'plan-1',
    planNumber: '125/KH-UBND',
    planTitle: 'Phong trào thi đua chuyển đổi số',
    secondHop,
    dueDate: '2025-11-05',
    dueAt: '2025-11-04T17:00:00Z',
    recipientUnit: culture,
    requirementCount: 12,
  }
}
function summary(id: string, unitName: string, lateSeconds: number): ConsolidationSummary {
  return {
    id,
    status: 'SUBMITTED',
    version: 6,
    period: { id: 'p-1', title: 'Báo cáo năm 2025', year: 2025, kind: 'ANNUAL', dueDate: null, dueAt: null, planId: 'plan-1', planNumber: '125/KH-UBND', planTitle: 'Phong trào thi đua chuyển đổi số' },
    unit: { id: `u-${id}`, name: unitName, path: `/hp/${id}` },
    submittedAt: '2025-11-14T03:00:00Z',
    late: lateSeconds > 0,
    lateSeconds,
  }
}

describe('consolidation lists', { timeout: 45_000 }, () => {
  beforeAll(async () => {
    await import('@/features/consolidation/pages/ConsolidationsPage.vue')
    await import('@/features/consolidation/pages/BoardConsolidationsPage.vue')
  }, 60_000)

  it("lists the office's periods with the state of their consolidated report, asking the server to leave out the second-hop periods", async () => {
    const get = vi.spyOn(api, 'get').mockImplementation(async (path: string) => {
      if (path === '/reporting-periods') return page([period('p-1', 'Báo cáo năm 2025'), period('p-2', 'Báo cáo năm 2026')])
      if (path === '/consolidations') return page([{ ...summary('k-1', culture.name, 0), status: 'APPROVED', period: { ...summary('k-1', '', 0).period, id: 'p-1' } }])
      return page([])
    })
    const { router } = await renderWithApp(ConsolidationsPage, { path: '/consolidations', role: 'office' })

    const links = await screen.findAllByTestId('period-open')
    expect(links.map((a) => a.textContent?.trim())).toEqual(['Báo cáo năm 2025', 'Báo cáo năm 2026'])
    const rows = screen.getByTestId('consolidation-periods').querySelectorAll('tbody tr')
    expect(rows[0]).toHaveTextContent('Đã phê duyệt')
    expect(rows[1]).toHaveTextContent('Chưa tổng hợp')
    expect(links[0]).toHaveAttribute('href', '/consolidation/p-1')
    expect(get).toHaveBeenCalledWith('/reporting-periods', expect.objectContaining({ query: expect.objectContaining({ secondHop: false, page: 0, size: 20 }) }))

    await fireEvent.click(links[1]!)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/consolidation/p-2'))
  })

  it("shows the board its communes' submitted reports with their timeliness, filtered by year", async () => {
    const get = vi.spyOn(api, 'get').mockImplementation(async (path: string) => {
      if (path === '/consolidations') return page([summary('k-1', 'UBND phường Kiến An', 0), summary('k-2', 'UBND xã An Lão', 3 * 86_400)])
      return page([])
    })
    await renderWithApp(BoardConsolidationsPage, { path: '/board/consolidations', role: 'board' })

    const links = await screen.findAllByTestId('board-open')
    expect(links.map((a) => a.textContent?.trim())).toEqual(['UBND phường Kiến An', 'UBND xã An Lão'])
    expect(links[1]).toHaveAttribute('href', '/board/consolidations/k-2')
    expect(screen.getByTestId('board-late')).toHaveTextContent('Muộn 3 ngày')
    expect(get).toHaveBeenCalledWith('/consolidations', expect.objectContaining({ query: expect.objectContaining({ status: 'SUBMITTED' }) }))

    await fireEvent.click(within(screen.getByTestId('filter-year')).getByRole('combobox'))
    await fireEvent.click(await screen.findByRole('option', { name: '2025' }))
    await vi.waitFor(() =>
      expect(get).toHaveBeenLastCalledWith('/consolidations', expect.objectContaining({ query: expect.objectContaining({ year: 2025, status: 'SUBMITTED' }) })),
    )
  })

  it('opens each page to the roles that use it', async () => {
    const at = async (path: string, role: 'office' | 'leader' | 'unit' | 'board' | 'admin') => (await createHarness({ path, role })).router.currentRoute.value.name
    expect(await at('/consolidations', 'office')).toBe('consolidations')
    expect(await at('/consolidation/p-1', 'leader')).toBe('consolidation-editor')
    expect(await at('/consolidation/p-1', 'unit')).toBe('plans')
    expect(await at('/board/consolidations', 'board')).toBe('board-consolidations')
    expect(await at('/board/consolidations', 'office')).toBe('plans')
    expect(await at('/dashboards', 'board')).toBe('dashboards')
    expect(await at('/dashboards', 'unit')).toBe('plans')
    expect(await at('/inbox', 'unit')).toBe('inbox')
    expect(await at('/preferences', 'unit')).toBe('preferences')
  })
})
