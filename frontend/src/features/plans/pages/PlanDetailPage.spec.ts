import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import PlanDetailPage from '@/features/plans/pages/PlanDetailPage.vue'
import { api, ApiError } from '@/lib/api-client'
import { page, renderWithApp } from '@/test/render'
import type { PlanDetail } from '@/features/plans/api/plans'
import type { PlanPeriod } from '@/features/plans/api/plan-periods'

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

const draft: PlanDetail = { ...plan, number: null, status: 'DRAFT', issuedAt: null, version: 0 }

const periods: PlanPeriod[] = [
  {
    id: 'p-2025',
    title: 'Báo cáo kết quả thực hiện phong trào năm 2025',
    year: 2025,
    dueDate: '2025-12-05',
    dueAt: '2025-12-04T17:00:00Z',
    recipientUnit: { id: 'u-2', name: 'Phòng Văn hóa - Xã hội', path: '/hai-phong/kien-an/vhxh' },
    requirementCount: 2,
  },
]

/** GET /plans/{id} answers the plans in turn (the last one from then on); GET /reporting-periods the periods. */
function stubGets(plans: PlanDetail[], periodItems: PlanPeriod[] = periods) {
  const answers = [...plans]
  return vi.spyOn(api, 'get').mockImplementation(async (path: string) => {
    if (path === '/reporting-periods') return page(periodItems)
    return answers.length > 1 ? answers.shift() : answers[0]
  })
}

describe('PlanDetailPage', () => {
  beforeEach(() => ElMessage.closeAll())

  it('shows the plan, its implementing units and reporting obligations', async () => {
    const get = stubGets([plan])
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

  it("lists an issued plan's reporting periods", async () => {
    const get = stubGets([plan])
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id } })

    const section = await screen.findByTestId('plan-periods')
    expect(within(section).getByRole('heading', { name: 'Kỳ báo cáo' })).toBeInTheDocument()
    expect(await within(section).findByText('Báo cáo kết quả thực hiện phong trào năm 2025')).toBeInTheDocument()
    expect(within(section).getByText('05/12/2025')).toBeInTheDocument()
    expect(get).toHaveBeenCalledWith('/reporting-periods', expect.objectContaining({ query: { planId: id, size: 50 } }))
    // An issued plan cannot be issued again.
    expect(screen.queryByTestId('plan-issue')).not.toBeInTheDocument()
  })

  it('offers "Ban hành kế hoạch" only to a leader (or administrator) on a draft', async () => {
    stubGets([draft])
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id }, role: 'office' })
    expect(await screen.findByTestId('plan-title')).toBeInTheDocument()
    expect(screen.getByTestId('plan-status')).toHaveTextContent('Dự thảo')
    expect(screen.queryByRole('button', { name: 'Ban hành kế hoạch' })).not.toBeInTheDocument()
    // A draft has no reporting periods yet.
    expect(screen.queryByTestId('plan-periods')).not.toBeInTheDocument()
  })

  it('lets the leader issue a draft with a number and the version it was loaded with', async () => {
    const issued: PlanDetail = { ...plan, number: '126/KH-UBND', version: 1 }
    const get = stubGets([draft, issued])
    const post = vi.spyOn(api, 'post').mockResolvedValue(issued)
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id }, role: 'leader' })

    await fireEvent.click(await screen.findByRole('button', { name: 'Ban hành kế hoạch' }))
    const dialog = await screen.findByTestId('plan-issue-dialog')
    await fireEvent.update(within(dialog).getByTestId('plan-issue-number'), ' 126/KH-UBND ')
    await fireEvent.click(within(dialog).getByTestId('plan-issue-confirm'))

    expect(await screen.findByText('Đã ban hành kế hoạch')).toBeInTheDocument()
    expect(post).toHaveBeenCalledExactlyOnceWith(`/plans/${id}/issue`, { number: '126/KH-UBND', version: 0 })
    await vi.waitFor(() => expect(screen.getByTestId('plan-status')).toHaveTextContent('Đã ban hành'))
    expect(get).toHaveBeenCalledWith(`/plans/${id}`, expect.anything())
    expect(screen.queryByTestId('plan-issue')).not.toBeInTheDocument()
    expect(await screen.findByText('Báo cáo kết quả thực hiện phong trào năm 2025')).toBeInTheDocument()
  })

  it('sends no number when it is left empty', async () => {
    stubGets([draft, plan])
    const post = vi.spyOn(api, 'post').mockResolvedValue(plan)
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id }, role: 'admin' })

    await fireEvent.click(await screen.findByTestId('plan-issue'))
    await fireEvent.click(within(await screen.findByTestId('plan-issue-dialog')).getByTestId('plan-issue-confirm'))

    await vi.waitFor(() => expect(post).toHaveBeenCalledWith(`/plans/${id}/issue`, { number: null, version: 0 }))
  })

  it('shows the reason of a 409 and reloads the plan', async () => {
    const get = stubGets([draft, plan])
    vi.spyOn(api, 'post').mockRejectedValue(
      new ApiError(409, { title: 'Conflict', status: 409, detail: 'Kế hoạch đã được ban hành trước đó' }),
    )
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id }, role: 'leader' })

    await fireEvent.click(await screen.findByTestId('plan-issue'))
    await fireEvent.click(within(await screen.findByTestId('plan-issue-dialog')).getByTestId('plan-issue-confirm'))

    expect(await screen.findByTestId('plan-action-error')).toHaveTextContent('Kế hoạch đã được ban hành trước đó')
    await vi.waitFor(() => expect(screen.getByTestId('plan-status')).toHaveTextContent('Đã ban hành'))
    expect(get.mock.calls.filter(([path]) => path === `/plans/${id}`)).toHaveLength(2)
  })
})
