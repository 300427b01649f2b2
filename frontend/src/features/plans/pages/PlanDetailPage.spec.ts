import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import PlanDetailPage from '@/features/plans/pages/PlanDetailPage.vue'
import { api, ApiError } from '@/lib/api-client'
import { page, renderWithApp, sessionFor } from '@/test/render'
import type { PlanDetail, PlanDiff, PlanVersionInfo, UnitPlanRow } from '@/features/plans/api/types'
import type { PlanPeriod } from '@/features/plans/api/plan-periods'
import { emptyParts } from '@/features/plans/lib/parts'

const id = '5a1b2c3d-0000-4000-8000-000000000001'
const ward = { id: 'u-1', name: 'UBND phường Kiến An', path: '/hai-phong/kien-an' }
const culture = { id: 'u-2', name: 'Phòng Văn hóa - Xã hội', path: '/hai-phong/kien-an/vhxh' }
// The unit user of the test session belongs to this unit.
const unitOfSession = sessionFor('unit').user.unitId as string

const plan: PlanDetail = {
  ...emptyParts(),
  id,
  number: '125/KH-UBND',
  title: 'Phát động phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”',
  status: 'ISSUED',
  issuingUnitId: ward.id,
  issuingUnit: ward,
  issuedAt: '2025-07-15T02:00:00Z',
  issuedOn: '2025-07-15',
  issuedBy: 'kienan.leader',
  createdAt: '2025-07-01T02:00:00Z',
  createdBy: 'kienan.office',
  parentPlanId: null,
  version: 3,
  planVersion: 2,
  startYear: 2025,
  endYear: 2030,
  movements: [{ id: 'm-1', name: 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số' }],
  summary: 'Phát huy sức mạnh của cả hệ thống chính trị.',
  place: 'Kiến An',
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', fullName: 'Trần Văn Nam' },
  sectionOrder: ['purposes', 'contents', 'reportingObligations'],
  purposes: ['Tạo khí thế thi đua sôi nổi.'],
  contents: [{ id: 'c-1', number: '1', title: 'Thi đua nâng cao nhận thức về chuyển đổi số', body: null, children: [] }],
  addresseeUnitIds: [culture.id, unitOfSession],
  addressees: [
    { unitId: culture.id, unitName: culture.name, unitPath: culture.path },
    { unitId: unitOfSession, unitName: 'Trường THCS Kiến An', unitPath: '/hai-phong/kien-an/thcs' },
  ],
  reportingObligations: [
    {
      id: 'o-1',
      title: 'Báo cáo kết quả thực hiện phong trào',
      kind: 'ANNUAL',
      reporters: { mode: 'ADDRESSEES', unitIds: [], unitKinds: [] },
      recipientUnitId: culture.id,
      recipientUnit: culture,
      dueDay: 5,
      dueMonth: 12,
      dueDate: null,
      firstYear: 2025,
      lastYear: 2030,
      secondHop: null,
    },
  ],
}
const draft: PlanDetail = { ...plan, number: null, status: 'DRAFT', issuedAt: null, issuedOn: null, version: 0, planVersion: 1 }

const periods: PlanPeriod[] = [
  {
    id: 'p-2025',
    title: 'Báo cáo kết quả thực hiện phong trào năm 2025',
    year: 2025,
    dueDate: '2025-12-05',
    dueAt: '2025-12-04T17:00:00Z',
    recipientUnit: culture,
    requirementCount: 2,
  },
]
const versions: PlanVersionInfo[] = [
  { planVersion: 1, status: 'ISSUED', issuedAt: '2025-07-15T02:00:00Z', issuedBy: 'kienan.leader', amendmentReason: null },
  { planVersion: 2, status: 'ISSUED', issuedAt: '2026-03-02T02:00:00Z', issuedBy: 'kienan.leader', amendmentReason: 'Điều chỉnh chỉ tiêu năm 2026' },
]
const diff: PlanDiff = {
  from: 1,
  to: 2,
  parts: [
    { part: 'targets', changes: [{ kind: 'CHANGED', path: 'targets[CT01].values[2026]', field: 'value', before: 90, after: 100 }] },
    { part: 'contents', changes: [{ kind: 'ADDED', path: 'contents[3]', field: null, before: null, after: 'Thi đua xây dựng chính quyền số' }] },
  ],
}
const cascade: UnitPlanRow[] = [
  { unit: culture, status: 'ISSUED', unitPlanId: 'p-u2', issuedAt: '2025-08-01T02:00:00Z' },
  { unit: { id: 'u-3', name: 'Trường THCS Kiến An', path: '/hai-phong/kien-an/thcs' }, status: 'MISSING', unitPlanId: null, issuedAt: null },
]

/** GET /plans/{id} answers the plans in turn (the last one from then on); the other reads their lists. */
function stubGets(plans: PlanDetail[]) {
  const answers = [...plans]
  return vi.spyOn(api, 'get').mockImplementation(async (path: string) => {
    if (path === '/reporting-periods') return page(periods)
    if (path === '/award-forms') return page([])
    if (path.endsWith('/versions')) return versions
    if (path.endsWith('/diff')) return diff
    if (path.endsWith('/unit-plans')) return cascade
    return answers.length > 1 ? answers.shift() : answers[0]
  })
}

describe('PlanDetailPage', { timeout: 45_000 }, () => {
  beforeAll(async () => {
    await import('@/features/plans/pages/PlanDetailPage.vue')
  }, 60_000)
  beforeEach(() => ElMessage.closeAll())

  it('shows the facts and every part in the plan\'s order as the document reads', async () => {
    const get = stubGets([plan])
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id } })

    expect(await screen.findByTestId('plan-title')).toHaveTextContent('chuyển đổi số')
    expect(get).toHaveBeenCalledWith(`/plans/${id}`, expect.anything())
    expect(screen.getByTestId('plan-number')).toHaveTextContent('125/KH-UBND')
    expect(screen.getByText('15/07/2025')).toBeInTheDocument()
    expect(screen.getByText('2025–2030')).toBeInTheDocument()
    const preview = screen.getByTestId('plan-preview')
    expect(within(preview).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'I. MỤC ĐÍCH',
      'II. NỘI DUNG THI ĐUA',
      'III. CHẾ ĐỘ THÔNG TIN, BÁO CÁO',
    ])
    expect(preview).toHaveTextContent('Số: 125/KH-UBND')
    expect(preview).toHaveTextContent('Kiến An, ngày 15 tháng 07 năm 2025')
    expect(preview).toHaveTextContent('Báo cáo kết quả thực hiện phong trào về Phòng Văn hóa - Xã hội trước ngày 05/12 hằng năm (2025–2030)')
    expect(preview).toHaveTextContent('Trường THCS Kiến An')
    expect(within(preview).getByTestId('preview-signer')).toHaveTextContent('Trần Văn Nam')
    expect(screen.getByTestId('download-docx')).toBeInTheDocument()
    const obligations = screen.getByTestId('plan-obligations')
    expect(within(obligations).getByRole('heading', { name: 'Nghĩa vụ báo cáo' })).toBeInTheDocument()
    expect(await within(obligations).findByText('trước ngày 05/12 hằng năm')).toBeInTheDocument()
  })

  it('says "Không tìm thấy kế hoạch" on 404', async () => {
    vi.spyOn(api, 'get').mockRejectedValue(new ApiError(404, { title: 'Not Found', status: 404 }))
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id } })

    expect(await screen.findByText('Không tìm thấy kế hoạch')).toBeInTheDocument()
    expect(screen.queryByTestId('plan-title')).not.toBeInTheDocument()
  })

  it("keeps listing an issued plan's reporting periods", async () => {
    const get = stubGets([plan])
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id } })

    const section = await screen.findByTestId('plan-periods')
    expect(await within(section).findByText('Báo cáo kết quả thực hiện phong trào năm 2025')).toBeInTheDocument()
    expect(get).toHaveBeenCalledWith('/reporting-periods', expect.objectContaining({ query: { planId: id, size: 50 } }))
    expect(screen.queryByTestId('plan-issue')).not.toBeInTheDocument()
  })

  it('renders the diff between two versions part by part, field by field', async () => {
    const get = stubGets([plan])
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id } })

    const history = await screen.findByTestId('plan-versions')
    expect(await within(history).findAllByTestId('plan-version')).toHaveLength(2)
    expect(history).toHaveTextContent('Điều chỉnh chỉ tiêu năm 2026')
    await fireEvent.click(within(history).getByTestId('diff-compare'))

    const view = await within(history).findByTestId('plan-diff')
    expect(get).toHaveBeenCalledWith(`/plans/${id}/diff`, expect.objectContaining({ query: { from: 1, to: 2 } }))
    const targets = within(view).getByTestId('diff-part-targets')
    expect(within(targets).getByRole('heading', { name: 'Chỉ tiêu' })).toBeInTheDocument()
    expect(targets).toHaveTextContent('Sửa')
    expect(targets).toHaveTextContent('targets[CT01].values[2026]')
    expect(targets).toHaveTextContent('· value')
    expect(within(targets).getByText('90').tagName).toBe('DEL')
    expect(within(targets).getByText('100').tagName).toBe('INS')
    const contents = within(view).getByTestId('diff-part-contents')
    expect(contents).toHaveTextContent('Thêm')
    expect(contents).toHaveTextContent('Thi đua xây dựng chính quyền số')
  })

  it('shows the cascade of unit plans to the office', async () => {
    stubGets([plan])
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id }, role: 'office' })
    const section = await screen.findByTestId('plan-cascade')
    const rows = await within(section).findAllByTestId('cascade-row')
    expect(rows[0]).toHaveTextContent('Phòng Văn hóa - Xã hội')
    expect(rows[0]).toHaveTextContent('Đã ban hành')
    expect(rows[1]).toHaveTextContent('Chưa có')
    expect(screen.getByTestId('plan-amend')).toBeInTheDocument()
    expect(screen.queryByTestId('unit-plan-create')).not.toBeInTheDocument()
  })

  it('lets an addressed unit start its own plan, without an edit button', async () => {
    stubGets([plan])
    const post = vi.spyOn(api, 'post').mockResolvedValue({ ...draft, id: 'p-unit' })
    const { router } = await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id }, role: 'unit' })
    const push = vi.spyOn(router, 'push').mockResolvedValue(undefined)

    await fireEvent.click(await screen.findByRole('button', { name: 'Lập kế hoạch của đơn vị' }))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith(`/plans/${id}/unit-plans`, undefined, expect.objectContaining({ headers: expect.anything() })))
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith({ name: 'plan-detail', params: { id: 'p-unit' } }))
    expect(screen.queryByTestId('plan-edit')).not.toBeInTheDocument()
    expect(screen.queryByTestId('plan-cascade')).not.toBeInTheDocument()
    expect(screen.queryByTestId('plan-amend')).not.toBeInTheDocument()
  })

  it('offers "Ban hành kế hoạch" only to a leader (or administrator) on a draft, and editing to the office', async () => {
    stubGets([draft])
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id }, role: 'office' })
    expect(await screen.findByTestId('plan-title')).toBeInTheDocument()
    expect(screen.getByTestId('plan-status')).toHaveTextContent('Dự thảo')
    expect(screen.queryByRole('button', { name: 'Ban hành kế hoạch' })).not.toBeInTheDocument()
    expect(screen.getByTestId('plan-edit')).toHaveAttribute('href', `/plans/${id}/edit`)
    expect(screen.queryByTestId('plan-periods')).not.toBeInTheDocument()
  })

  it('lets the leader issue a draft after confirming, with the version it was loaded with', async () => {
    const get = stubGets([draft, plan])
    const post = vi.spyOn(api, 'post').mockResolvedValue(plan)
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id }, role: 'leader' })

    await fireEvent.click(await screen.findByRole('button', { name: 'Ban hành kế hoạch' }))
    const dialog = await screen.findByTestId('plan-issue-dialog')
    expect(dialog).toHaveTextContent('không sửa được nữa')
    await fireEvent.click(within(dialog).getByTestId('plan-issue-confirm'))

    expect(await screen.findByText('Đã ban hành kế hoạch')).toBeInTheDocument()
    expect(post).toHaveBeenCalledExactlyOnceWith(`/plans/${id}/issue`, { version: 0 })
    await vi.waitFor(() => expect(screen.getByTestId('plan-number')).toHaveTextContent('125/KH-UBND'))
    expect(get.mock.calls.filter(([path]) => path === `/plans/${id}`)).toHaveLength(2)
    expect(screen.queryByTestId('plan-issue')).not.toBeInTheDocument()
  })

  it('asks the office for a reason before amending', async () => {
    stubGets([plan, { ...plan, status: 'AMENDING', version: 4 }])
    const post = vi.spyOn(api, 'post').mockResolvedValue({ ...plan, status: 'AMENDING' })
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id }, role: 'office' })

    await fireEvent.click(await screen.findByTestId('plan-amend'))
    const dialog = await screen.findByTestId('plan-amend-dialog')
    await fireEvent.click(within(dialog).getByTestId('plan-amend-confirm'))
    expect(await within(dialog).findByText('Cần nhập lý do')).toBeInTheDocument()
    expect(post).not.toHaveBeenCalled()

    await fireEvent.update(within(dialog).getByTestId('plan-action-reason'), 'Bổ sung chỉ tiêu năm 2026')
    await fireEvent.click(within(dialog).getByTestId('plan-amend-confirm'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith(`/plans/${id}/amend`, { version: 3, reason: 'Bổ sung chỉ tiêu năm 2026' }))
    await vi.waitFor(() => expect(screen.getByTestId('plan-status')).toHaveTextContent('Đang điều chỉnh'))
  })

  it('shows the reason of a 409 and reloads the plan', async () => {
    const get = stubGets([draft, plan])
    vi.spyOn(api, 'post').mockRejectedValue(new ApiError(409, { title: 'Conflict', status: 409, detail: 'Kế hoạch đã được ban hành trước đó' }))
    await renderWithApp(PlanDetailPage, { path: `/plans/${id}`, props: { id }, role: 'leader' })

    await fireEvent.click(await screen.findByTestId('plan-issue'))
    await fireEvent.click(within(await screen.findByTestId('plan-issue-dialog')).getByTestId('plan-issue-confirm'))

    expect(await screen.findByTestId('plan-action-error')).toHaveTextContent('Kế hoạch đã được ban hành trước đó')
    await vi.waitFor(() => expect(screen.getByTestId('plan-status')).toHaveTextContent('Đã ban hành'))
    expect(get.mock.calls.filter(([path]) => path === `/plans/${id}`)).toHaveLength(2)
  })
})
