import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import PlansListPage from '@/features/plans/pages/PlansListPage.vue'
import { api, ApiError } from '@/lib/api-client'
import { page, renderWithApp } from '@/test/render'
import type { PlanSummary } from '@/features/plans/api/plans'

const kienAn = { id: 'u-1', name: 'UBND phường Kiến An', path: '/hai-phong/kien-an' }

const plans: PlanSummary[] = [
  {
    id: '5a1b2c3d-0000-4000-8000-000000000001',
    number: '125/KH-UBND',
    title: 'Phát động phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”',
    status: 'ISSUED',
    issuingUnit: kienAn,
    issuedAt: '2025-07-14T17:30:00Z',
    createdAt: '2025-07-01T02:00:00Z',
    version: 3,
    planVersion: 1,
    startYear: 2025,
    endYear: 2030,
    movements: [{ id: 'm-1', name: 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số' }],
  },
  {
    id: '5a1b2c3d-0000-4000-8000-000000000002',
    number: null,
    title: 'Kế hoạch tổ chức Hội nghị sơ kết năm 2027',
    status: 'DRAFT',
    issuingUnit: kienAn,
    issuedAt: null,
    createdAt: '2025-08-01T02:00:00Z',
    version: 0,
    planVersion: 1,
    startYear: 2027,
    endYear: 2027,
    movements: [],
  },
]

const movements = [
  { id: 'm-1', name: 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số' },
  { id: 'm-2', name: 'Bình dân học vụ số' },
]
const units = [kienAn, { id: 'u-2', name: 'Phòng Văn hóa - Xã hội', kind: 'OFFICE', path: '/hai-phong/kien-an/vhxh' }]

/** GET /plans answers the given pages in turn (the last from then on); /movements and /units their lists. */
function stubGets(...answers: (unknown | Error)[]) {
  const queue = [...answers]
  return vi.spyOn(api, 'get').mockImplementation(async (path: string) => {
    if (path === '/movements') return page(movements)
    if (path === '/units') return page(units)
    const next = queue.length > 1 ? queue.shift() : queue[0]
    if (next instanceof Error) throw next
    return next
  })
}
const planCalls = (get: ReturnType<typeof stubGets>) => get.mock.calls.filter(([path]) => path === '/plans')

describe('PlansListPage', { timeout: 30_000 }, () => {
  it('renders one row per plan with Vietnamese status tags and dd/MM/yyyy dates', async () => {
    const get = stubGets(page(plans))
    await renderWithApp(PlansListPage, { path: '/plans' })

    const table = screen.getByTestId('plans-table')
    const link = await within(table).findByRole('link', { name: /chuyển đổi số/i })
    expect(link).toHaveAttribute('href', `/plans/${plans[0]!.id}`)
    expect(within(table).getByText('125/KH-UBND')).toBeInTheDocument()
    expect(within(table).getAllByText('UBND phường Kiến An')).toHaveLength(2)
    expect(within(table).getByText('Đã ban hành')).toBeInTheDocument()
    expect(within(table).getByText('Dự thảo')).toBeInTheDocument()
    // 17:30 UTC on 14 July is 15 July in Vietnam.
    expect(within(table).getByText('15/07/2025')).toBeInTheDocument()
    // Column headers.
    for (const header of ['Số/ký hiệu', 'Tên kế hoạch', 'Đơn vị ban hành', 'Giai đoạn', 'Trạng thái', 'Ngày ban hành']) {
      expect(within(table).getByText(header)).toBeInTheDocument()
    }
    expect(within(table).getByText('2025–2030')).toBeInTheDocument()
    expect(planCalls(get)[0]![1]).toEqual(expect.objectContaining({ query: expect.objectContaining({ page: 0, size: 20, q: undefined, status: undefined }) }))
  })

  it('searches with q and shows the empty state', async () => {
    const get = stubGets(page(plans), page([]))
    const { router } = await renderWithApp(PlansListPage, { path: '/plans' })
    await screen.findByText('125/KH-UBND')

    await fireEvent.update(screen.getByPlaceholderText('Tìm theo số hoặc tên kế hoạch'), 'không có')
    await fireEvent.click(screen.getByRole('button', { name: 'Tìm kiếm' }))

    await vi.waitFor(() => expect(router.currentRoute.value.query.q).toBe('không có'))
    expect(await screen.findByText('Không có kế hoạch nào khớp với từ khóa')).toBeInTheDocument()
    expect(planCalls(get).at(-1)![1]).toEqual(expect.objectContaining({ query: expect.objectContaining({ page: 0, size: 20, q: 'không có' }) }))
  })

  it('sends the filters of the URL (movement, status, issuing unit, year, text) to the server', async () => {
    const get = stubGets(page([plans[0]!]))
    await renderWithApp(PlansListPage, { path: '/plans?movementId=m-1&status=ISSUED&issuingUnitId=u-1&year=2026&q=chuyen%20doi%20so' })

    expect(await screen.findByText('125/KH-UBND')).toBeInTheDocument()
    expect(planCalls(get)[0]![1]).toEqual(
      expect.objectContaining({
        query: { page: 0, size: 20, q: 'chuyen doi so', status: 'ISSUED', movementId: 'm-1', issuingUnitId: 'u-1', year: 2026, sort: undefined },
      }),
    )
    expect(screen.getByTestId('plans-search')).toHaveValue('chuyen doi so')
  })

  it('puts a chosen status into the URL and reloads with it; "Xóa bộ lọc" clears every filter', async () => {
    const get = stubGets(page(plans))
    const { router } = await renderWithApp(PlansListPage, { path: '/plans?year=2027' })
    await screen.findByText('125/KH-UBND')

    await fireEvent.click(screen.getByTestId('filter-status').querySelector('.el-select__wrapper')!)
    const options = await screen.findAllByRole('option', { name: 'Dự thảo' })
    await fireEvent.click(options.at(-1)!)

    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ year: '2027', status: 'DRAFT' }))
    await vi.waitFor(() =>
      expect(planCalls(get).at(-1)![1]).toEqual(expect.objectContaining({ query: expect.objectContaining({ status: 'DRAFT', year: 2027 }) })),
    )

    await fireEvent.click(screen.getByTestId('filters-clear'))
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({}))
  })

  it('shows "Chưa có kế hoạch nào" when there are no plans', async () => {
    stubGets(page([]))
    await renderWithApp(PlansListPage, { path: '/plans' })
    expect(await screen.findByText('Chưa có kế hoạch nào')).toBeInTheDocument()
  })

  it('shows an error with a retry button when loading fails', async () => {
    const get = stubGets(new ApiError(503, { title: 'Service Unavailable' }), page(plans))
    await renderWithApp(PlansListPage, { path: '/plans' })

    expect(await screen.findByText('Hệ thống đang gặp sự cố. Vui lòng thử lại sau.')).toBeInTheDocument()
    await fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }))
    expect(await screen.findByText('125/KH-UBND')).toBeInTheDocument()
    expect(planCalls(get)).toHaveLength(2)
  })

  it('offers "Soạn kế hoạch" to the office and opens the form', async () => {
    stubGets(page(plans))
    const { router } = await renderWithApp(PlansListPage, { path: '/plans', role: 'office' })

    // The editor itself is not loaded here: the push to its route is what the button does.
    const push = vi.spyOn(router, 'push').mockResolvedValue(undefined)
    await fireEvent.click(await screen.findByRole('button', { name: 'Soạn kế hoạch' }))
    expect(push).toHaveBeenCalledWith({ name: 'plan-create' })
    expect(router.resolve({ name: 'plan-create' }).fullPath).toBe('/plans/new')
  })

  it('hides "Soạn kế hoạch" from units and leaders', async () => {
    stubGets(page(plans))
    for (const role of ['unit', 'leader'] as const) {
      const { unmount } = await renderWithApp(PlansListPage, { path: '/plans', role })
      expect(await screen.findByText('125/KH-UBND')).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Soạn kế hoạch' })).not.toBeInTheDocument()
      expect(screen.queryByTestId('plan-create')).not.toBeInTheDocument()
      unmount()
    }
  })
})
