import { beforeAll, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import PlanEditorPage from '@/features/plans/pages/PlanEditorPage.vue'
import { api, ApiError } from '@/lib/api-client'
import { page, renderWithApp } from '@/test/render'
import type { PlanDetail } from '@/features/plans/api/types'
import { emptyParts } from '@/features/plans/lib/parts'

const id = '5a1b2c3d-0000-4000-8000-000000000001'
const ward = { id: 'u-1', name: 'UBND phường Kiến An', kind: 'WARD', path: '/hai-phong/kien-an' }
const culture = { id: 'u-2', name: 'Phòng Văn hóa - Xã hội', kind: 'OFFICE', path: '/hai-phong/kien-an/vhxh' }
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

function draft(overrides: Partial<PlanDetail> = {}): PlanDetail {
  return {
    ...emptyParts(),
    id,
    title: 'Kế hoạch phát động phong trào thi đua “Bình dân học vụ số”',
    issuingUnitId: ward.id,
    number: null,
    status: 'DRAFT',
    issuingUnit: { id: ward.id, name: ward.name, path: ward.path },
    issuedAt: null,
    issuedOn: null,
    issuedBy: null,
    createdAt: '2025-10-01T02:00:00Z',
    createdBy: 'kienan.office',
    parentPlanId: null,
    version: 3,
    planVersion: 1,
    movements: [],
    addressees: [],
    contents: [
      { id: 'c-1', number: '1', title: 'Thi đua nâng cao nhận thức về chuyển đổi số', body: null, children: [] },
      { id: 'c-2', number: '2', title: 'Thi đua phổ cập kỹ năng số', body: null, children: [] },
    ],
    ...overrides,
  } as PlanDetail
}

function stubGets(plans: PlanDetail[]) {
  const answers = [...plans]
  return vi.spyOn(api, 'get').mockImplementation(async (path: string) => {
    if (path === '/units') return page([ward, culture])
    if (path === '/movements') return page([])
    if (path === '/award-forms') return page([{ code: 'giay-khen-chu-tich-ubnd-xa', name: 'Giấy khen của Chủ tịch UBND xã' }])
    return answers.length > 1 ? answers.shift() : answers[0]
  })
}

async function renderEditor(plan = draft()) {
  const get = stubGets([plan])
  const utils = await renderWithApp(PlanEditorPage, { path: `/plans/${id}/edit`, props: { id }, role: 'office' })
  await screen.findByTestId('section-contents')
  return { ...utils, get }
}

const contentTitles = () => screen.getAllByTestId('content-item').map((item) => within(item).getByTestId(/^contents-\d+-title$/) as HTMLInputElement).map((i) => i.value)
const patchBody = (patch: ReturnType<typeof vi.spyOn>, call = 0) => patch.mock.calls[call]![1] as Record<string, unknown>

// The editor renders most of Element Plus; on a loaded machine a test takes longer than the default.
describe('PlanEditorPage', { timeout: 45_000 }, () => {
  beforeAll(async () => {
    // The editor pulls in most of Element Plus: compile it once before the timed tests.
    await import('@/features/plans/pages/PlanEditorPage.vue')
  }, 60_000)

  it('adds, reorders and removes contents with keyboard-reachable buttons', async () => {
    vi.spyOn(api, 'patch').mockImplementation(async (_p, body) => ({ ...draft(), version: (body as { version: number }).version + 1 }))
    await renderEditor()
    expect(contentTitles()).toEqual(['Thi đua nâng cao nhận thức về chuyển đổi số', 'Thi đua phổ cập kỹ năng số'])

    await fireEvent.click(screen.getByRole('button', { name: 'Chuyển Nội dung 2 lên' }))
    expect(contentTitles()).toEqual(['Thi đua phổ cập kỹ năng số', 'Thi đua nâng cao nhận thức về chuyển đổi số'])
    // The first item cannot move further up, the last not further down.
    expect(screen.getByRole('button', { name: 'Chuyển Nội dung 1 lên' })).toBeDisabled()
    // Plain sequential numbers follow the new order.
    expect(screen.getByTestId('contents-0-number')).toHaveValue('1')

    await fireEvent.click(screen.getByTestId('contents-add'))
    expect(screen.getAllByTestId('content-item')).toHaveLength(3)
    expect(screen.getByTestId('contents-2-number')).toHaveValue('3')

    await fireEvent.click(screen.getByRole('button', { name: 'Xóa Nội dung 1' }))
    expect(screen.getAllByTestId('content-item')).toHaveLength(2)
    expect(contentTitles()).toEqual(['Thi đua nâng cao nhận thức về chuyển đổi số', ''])
    expect(screen.getByTestId('contents-1-number')).toHaveValue('2')
  })

  it('autosaves the changed part with the current version and shows "Đã lưu"', async () => {
    const patch = vi.spyOn(api, 'patch').mockImplementation(async (_p, body) => ({ ...draft(), version: (body as { version: number }).version + 1 }))
    await renderEditor()
    expect(screen.getByTestId('save-status')).toHaveTextContent('Chưa có thay đổi')

    await fireEvent.update(screen.getByTestId('contents-0-title'), 'Thi đua học tập kỹ năng số')
    expect(screen.getByTestId('save-status')).toHaveTextContent('Đang lưu…')
    await vi.waitFor(() => expect(patch).toHaveBeenCalledTimes(1), { timeout: 3000 })

    expect(patch.mock.calls[0]![0]).toBe(`/plans/${id}`)
    const body = patchBody(patch)
    // Only the changed part, whole, with the version the editor holds.
    expect(Object.keys(body).sort()).toEqual(['contents', 'version'])
    expect(body.version).toBe(3)
    expect((body.contents as { id: string; title: string }[]).map((c) => [c.id, c.title])).toEqual([
      ['c-1', 'Thi đua học tập kỹ năng số'],
      ['c-2', 'Thi đua phổ cập kỹ năng số'],
    ])
    await vi.waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Đã lưu'))

    // The next save carries the version the server answered.
    await fireEvent.click(screen.getByTestId('targets-add'))
    await vi.waitFor(() => expect(patch).toHaveBeenCalledTimes(2), { timeout: 3000 })
    const second = patchBody(patch, 1)
    expect(second.version).toBe(4)
    expect(Object.keys(second).sort()).toEqual(['targets', 'version'])
    const target = (second.targets as { id: string; code: string; values: { year: number }[] }[])[0]!
    expect(target.id).toMatch(UUID)
    expect(target.code).toBe('CT01')
    // No year value until one is typed: a half-filled target still saves (the server refuses null values).
    expect(target.values).toEqual([])
  })

  it('puts the message of a 400 problem at contents[0].title', async () => {
    vi.spyOn(api, 'patch').mockRejectedValue(
      new ApiError(400, {
        status: 400,
        title: 'Dữ liệu không hợp lệ',
        detail: 'Kế hoạch có trường không hợp lệ',
        errors: [{ field: 'contents[0].title', message: 'Tên nội dung không được để trống' }],
      }),
    )
    await renderEditor()

    await fireEvent.update(screen.getByTestId('contents-0-title'), '')
    const field = screen.getByTestId('field-contents-0-title')
    await vi.waitFor(() => expect(field).toHaveTextContent('Tên nội dung không được để trống'), { timeout: 3000 })
    expect(screen.getByTestId('save-status')).toHaveTextContent('Lỗi')
    expect(screen.getByTestId('editor-problem')).toHaveTextContent('Kế hoạch có trường không hợp lệ')
    // Not at the second content's title.
    expect(screen.getAllByTestId('content-item')[1]).not.toHaveTextContent('Tên nội dung không được để trống')
  })

  it('on a 409 says the plan changed elsewhere, stops saving and reloads on request', async () => {
    const patch = vi.spyOn(api, 'patch').mockRejectedValue(
      new ApiError(409, { status: 409, title: 'Conflict', detail: 'Kế hoạch đã được thay đổi (phiên bản hiện tại 5)' }),
    )
    const { get } = await renderEditor()

    await fireEvent.update(screen.getByTestId('contents-1-title'), 'Thi đua phổ cập kỹ năng số cho người dân')
    const conflict = await screen.findByTestId('editor-conflict', {}, { timeout: 3000 })
    expect(conflict).toHaveTextContent('Kế hoạch đã được thay đổi ở nơi khác')
    expect(screen.getByTestId('save-status')).toHaveTextContent('Lỗi')

    // No further save is attempted with the stale version.
    await fireEvent.click(screen.getByTestId('targets-add'))
    await new Promise((r) => setTimeout(r, 1000))
    expect(patch).toHaveBeenCalledTimes(1)

    get.mockClear()
    await fireEvent.click(within(conflict).getByRole('button', { name: 'Tải lại kế hoạch' }))
    await vi.waitFor(() => expect(get).toHaveBeenCalledWith(`/plans/${id}`, expect.anything()))
    await vi.waitFor(() => expect(screen.queryByTestId('editor-conflict')).not.toBeInTheDocument())
  })

  it('creates a new plan once it has a title, with an Idempotency-Key, and goes on editing it', async () => {
    stubGets([draft()])
    const post = vi.spyOn(api, 'post').mockResolvedValue({ ...draft(), version: 0 })
    const { router } = await renderWithApp(PlanEditorPage, { path: '/plans/new', role: 'office' })
    await screen.findByTestId('section-contents')
    expect(screen.getByTestId('save-status')).toHaveTextContent('Nhập tên kế hoạch để bắt đầu lưu')
    const replace = vi.spyOn(router, 'replace').mockResolvedValue(undefined)

    await fireEvent.update(screen.getByTestId('plan-title-input'), 'Kế hoạch thi đua năm 2026')
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(1), { timeout: 3000 })
    const [path, body, options] = post.mock.calls[0]!
    expect(path).toBe('/plans')
    expect(body).toEqual(expect.objectContaining({ title: 'Kế hoạch thi đua năm 2026', issuingUnitId: ward.id, startYear: 2025, endYear: 2030 }))
    expect((options as { headers: Record<string, string> }).headers['Idempotency-Key']).toMatch(UUID)
    await vi.waitFor(() => expect(replace).toHaveBeenCalledWith({ name: 'plan-edit', params: { id } }))
    expect(screen.getByTestId('save-status')).toHaveTextContent('Đã lưu')
  })

  it('renders the ND30 preview with the sections in the plan\'s order', async () => {
    await renderEditor(
      draft({
        sectionOrder: ['contents', 'purposes'],
        purposes: ['Phát huy sức mạnh của cả hệ thống chính trị.'],
        place: 'Kiến An',
        signer: { authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', fullName: 'Trần Văn Nam' },
        recipients: ['Sở Nội vụ thành phố;', 'Lưu: VT.'],
      }),
    )
    await fireEvent.click(screen.getByRole('tab', { name: 'Xem trước văn bản' }))
    const preview = await screen.findByTestId('plan-preview')
    expect(preview).toHaveTextContent('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(preview).toHaveTextContent('Độc lập - Tự do - Hạnh phúc')
    expect(preview).toHaveTextContent('Kiến An, ngày')
    const headings = within(preview).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings).toEqual(['I. NỘI DUNG THI ĐUA', 'II. MỤC ĐÍCH'])
    expect(within(preview).getByTestId('preview-signer')).toHaveTextContent('KT. CHỦ TỊCH')
    expect(within(preview).getByTestId('preview-signer')).toHaveTextContent('Trần Văn Nam')
    expect(preview).toHaveTextContent('Sở Nội vụ thành phố;')
  })
})
