import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/vue'
import PlanDetailPage from '@/features/plans/pages/PlanDetailPage.vue'
import { api, ApiError } from '@/lib/api-client'
import { renderWithApp } from '@/test/render'
import type { PlanDetail } from '@/features/plans/api/plans'

const id = '5a1b2c3d-0000-4000-8000-000000000001'
const ward = { id: 'u-1', name: 'UBND phường Kiến An', path: '/hai-phong/kien-an' }

const plan: PlanDetail = {
  id,
  number: '125/KH-UBND',
  title: 'Phát động phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”',
  status: 'ISSUED',
  issuingUnit: ward,
  issuedAt: '2025-07-15T02:00:00Z',
  createdAt: '2025-07-01T02:00:00Z',
  version: 3,
  summary: 'Phát huy sức mạnh của cả hệ thống chính trị.',
  signerName: 'Trần Văn Nam',
  signerTitle: 'KT. Chủ tịch, Phó Chủ tịch',
  addressees: [
    { unitId: 'u-2', unitName: 'Phòng Văn hóa - Xã hội', unitPath: '/hai-phong/kien-an/vhxh' },
    { unitId: 'u-3', unitName: 'Trường THCS Kiến An', unitPath: '/hai-phong/kien-an/thcs' },
  ],
  reportingObligations: [
    {
      id: 'o-1',
      title: 'Báo cáo kết quả thực hiện phong trào',
      recipientUnit: { id: 'u-2', name: 'Phòng Văn hóa - Xã hội', path: '/hai-phong/kien-an/vhxh' },
      dueDay: 5,
      dueMonth: 12,
      firstYear: 2025,
      lastYear: 2030,
    },
  ],
}

describe('PlanDetailPage', () => {
  it('shows the plan, its implementing units and reporting obligations', async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValue(plan)
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id } })

    expect(await screen.findByTestId('plan-title')).toHaveTextContent('chuyển đổi số')
    expect(get).toHaveBeenCalledWith(`/plans/${id}`, expect.anything())
    expect(screen.getByText('KT. Chủ tịch, Phó Chủ tịch Trần Văn Nam')).toBeInTheDocument()
    expect(screen.getByText('15/07/2025')).toBeInTheDocument()
    expect(screen.getAllByText('Đã ban hành').length).toBeGreaterThan(0)

    const addressees = screen.getByTestId('plan-addressees')
    expect(within(addressees).getByRole('heading', { name: 'Đơn vị thực hiện' })).toBeInTheDocument()
    expect(await within(addressees).findByText('Trường THCS Kiến An')).toBeInTheDocument()

    const obligations = screen.getByTestId('plan-obligations')
    expect(within(obligations).getByRole('heading', { name: 'Nghĩa vụ báo cáo' })).toBeInTheDocument()
    expect(within(obligations).getByText('Báo cáo kết quả thực hiện phong trào')).toBeInTheDocument()
    expect(within(obligations).getByText('trước ngày 05/12 hằng năm')).toBeInTheDocument()
    expect(within(obligations).getByText('2025–2030')).toBeInTheDocument()
  })

  it('says "Không tìm thấy kế hoạch" on 404', async () => {
    vi.spyOn(api, 'get').mockRejectedValue(new ApiError(404, { title: 'Not Found', status: 404 }))
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id } })

    expect(await screen.findByText('Không tìm thấy kế hoạch')).toBeInTheDocument()
    expect(screen.queryByTestId('plan-title')).not.toBeInTheDocument()
  })
})
