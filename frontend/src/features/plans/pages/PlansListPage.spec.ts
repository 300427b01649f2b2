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
  },
]

describe('PlansListPage', () => {
  it('renders one row per plan with Vietnamese status tags and dd/MM/yyyy dates', async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValue(page(plans))
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
    for (const header of ['Số/ký hiệu', 'Tên kế hoạch', 'Đơn vị ban hành', 'Trạng thái', 'Ngày ban hành']) {
      expect(within(table).getByText(header)).toBeInTheDocument()
    }
    expect(get).toHaveBeenCalledWith('/plans', expect.objectContaining({ query: { page: 0, size: 20, q: '' } }))
  })

  it('searches with q and shows the empty state', async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValueOnce(page(plans)).mockResolvedValueOnce(page([]))
    const { router } = await renderWithApp(PlansListPage, { path: '/plans' })
    await screen.findByText('125/KH-UBND')

    await fireEvent.update(screen.getByPlaceholderText('Tìm theo số/ký hiệu hoặc tên kế hoạch'), 'không có')
    await fireEvent.click(screen.getByRole('button', { name: 'Tìm kiếm' }))

    await vi.waitFor(() => expect(router.currentRoute.value.query.q).toBe('không có'))
    expect(await screen.findByText('Không có kế hoạch nào khớp với từ khóa')).toBeInTheDocument()
    expect(get).toHaveBeenLastCalledWith('/plans', expect.objectContaining({ query: { page: 0, size: 20, q: 'không có' } }))
  })

  it('shows "Chưa có kế hoạch nào" when there are no plans', async () => {
    vi.spyOn(api, 'get').mockResolvedValue(page([]))
    await renderWithApp(PlansListPage, { path: '/plans' })
    expect(await screen.findByText('Chưa có kế hoạch nào')).toBeInTheDocument()
  })

  it('shows an error with a retry button when loading fails', async () => {
    const get = vi
      .spyOn(api, 'get')
      .mockRejectedValueOnce(new ApiError(503, { title: 'Service Unavailable' }))
      .mockResolvedValueOnce(page(plans))
    await renderWithApp(PlansListPage, { path: '/plans' })

    expect(await screen.findByText('Hệ thống đang gặp sự cố. Vui lòng thử lại sau.')).toBeInTheDocument()
    await fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }))
    expect(await screen.findByText('125/KH-UBND')).toBeInTheDocument()
    expect(get).toHaveBeenCalledTimes(2)
  })

  it('offers "Soạn kế hoạch" to the office and opens the form', async () => {
    vi.spyOn(api, 'get').mockResolvedValue(page(plans))
    const { router } = await renderWithApp(PlansListPage, { path: '/plans', role: 'office' })

    await fireEvent.click(await screen.findByRole('button', { name: 'Soạn kế hoạch' }))
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/plans/new'))
  })

  it('hides "Soạn kế hoạch" from units and leaders', async () => {
    vi.spyOn(api, 'get').mockResolvedValue(page(plans))
    for (const role of ['unit', 'leader'] as const) {
      const { unmount } = await renderWithApp(PlansListPage, { path: '/plans', role })
      expect(await screen.findByText('125/KH-UBND')).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Soạn kế hoạch' })).not.toBeInTheDocument()
      expect(screen.queryByTestId('plan-create')).not.toBeInTheDocument()
      unmount()
    }
  })
})
