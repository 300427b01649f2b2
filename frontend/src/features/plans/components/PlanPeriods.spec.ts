import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/vue'
import PlanPeriods from '@/features/plans/components/PlanPeriods.vue'
import { api, ApiError } from '@/lib/api-client'
import { page, renderWithApp } from '@/test/render'
import type { PlanPeriod } from '@/features/plans/api/plan-periods'

const planId = '5a1b2c3d-0000-4000-8000-000000000001'
const culture = { id: 'u-2', name: 'Phòng Văn hóa - Xã hội', path: '/hai-phong/kien-an/phong-vhxh' }

const periods: PlanPeriod[] = [2026, 2027].map((year) => ({
  id: `p-${year}`,
  title: `Báo cáo kết quả thực hiện Phong trào thi đua năm ${year}`,
  year,
  dueDate: `${year}-12-05`,
  dueAt: `${year}-12-04T17:00:00Z`,
  recipientUnit: culture,
  requirementCount: 5,
}))

describe('PlanPeriods', () => {
  it("lists the plan's reporting periods", async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValue(page(periods))
    await renderWithApp(PlanPeriods, { path: `/plans/${planId}`, props: { planId } })

    const section = screen.getByTestId('plan-periods')
    expect(within(section).getByRole('heading', { name: 'Kỳ báo cáo' })).toBeInTheDocument()
    const table = await within(section).findByTestId('plan-periods-table')
    expect(await within(table).findByText('Báo cáo kết quả thực hiện Phong trào thi đua năm 2026')).toBeInTheDocument()
    expect(within(table).getByText('05/12/2026')).toBeInTheDocument()
    expect(within(table).getByText('05/12/2027')).toBeInTheDocument()
    expect(within(table).getAllByText('Phòng Văn hóa - Xã hội')).toHaveLength(2)
    expect(within(table).getAllByText('5')).toHaveLength(2)
    for (const header of ['Năm', 'Kỳ báo cáo', 'Hạn nộp', 'Nơi nhận', 'Số đơn vị phải báo cáo']) {
      expect(within(table).getByText(header)).toBeInTheDocument()
    }
    expect(get).toHaveBeenCalledWith('/reporting-periods', expect.objectContaining({ query: { planId, size: 50 } }))
    expect(screen.queryByTestId('plan-periods-waiting')).not.toBeInTheDocument()
  })

  it('waits for report-service to open the periods, asking again until they appear', async () => {
    const get = vi
      .spyOn(api, 'get')
      .mockResolvedValueOnce(page([]))
      .mockResolvedValueOnce(page([]))
      .mockResolvedValue(page(periods))
    await renderWithApp(PlanPeriods, { path: `/plans/${planId}`, props: { planId, pollInterval: 30 } })

    expect(await screen.findByTestId('plan-periods-waiting')).toHaveTextContent('Đang mở các kỳ báo cáo…')
    expect(await screen.findByText('Báo cáo kết quả thực hiện Phong trào thi đua năm 2027', {}, { timeout: 3000 })).toBeInTheDocument()
    expect(screen.queryByTestId('plan-periods-waiting')).not.toBeInTheDocument()
    expect(get).toHaveBeenCalledTimes(3)
  })

  it('stops waiting after the time limit and says there are none yet', async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValue(page([]))
    await renderWithApp(PlanPeriods, { path: `/plans/${planId}`, props: { planId, pollInterval: 20, pollTimeout: 100 } })

    expect(await screen.findByText('Chưa có kỳ báo cáo nào cho kế hoạch này', {}, { timeout: 3000 })).toBeInTheDocument()
    expect(screen.queryByTestId('plan-periods-waiting')).not.toBeInTheDocument()
    const calls = get.mock.calls.length
    expect(calls).toBeGreaterThan(1)
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(get).toHaveBeenCalledTimes(calls)
  })

  it('shows a failure with a retry button', async () => {
    vi.spyOn(api, 'get').mockRejectedValueOnce(new ApiError(503, { title: 'Service Unavailable' })).mockResolvedValue(page(periods))
    await renderWithApp(PlanPeriods, { path: `/plans/${planId}`, props: { planId } })

    expect(await screen.findByText('Hệ thống đang gặp sự cố. Vui lòng thử lại sau.')).toBeInTheDocument()
    screen.getByRole('button', { name: 'Thử lại' }).click()
    expect(await screen.findByText('05/12/2026')).toBeInTheDocument()
  })
})
