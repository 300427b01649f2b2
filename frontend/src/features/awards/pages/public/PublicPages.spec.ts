import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import { ApiError } from '@/lib/api-client'
import { createHarness, renderWithApp } from '@/test/render'
import * as open from '@/features/awards/api/awards-public'
import HonoursBoardPage from '@/features/awards/pages/public/HonoursBoardPage.vue'
import PublicPostingPage from '@/features/awards/pages/public/PublicPostingPage.vue'
import PublicPostingsPage from '@/features/awards/pages/public/PublicPostingsPage.vue'
import type { PublicPosting } from '@/features/awards/api/types-public'

vi.mock('@/features/awards/api/awards-public', () => ({
  listPublicCommunes: vi.fn(),
  listPublicPostings: vi.fn(),
  getPublicPosting: vi.fn(),
  sendObjection: vi.fn(),
  listHonours: vi.fn(),
}))

const communes = [{ id: 'c-1', code: 'kien-an', name: 'Phường Kiến An', path: '/hai-phong/kien-an' }]
const posting: PublicPosting = {
  id: 'p-1',
  roundId: 'r-1',
  title: 'Công khai danh sách đề nghị khen thưởng năm 2026',
  communeName: 'Phường Kiến An',
  postedAt: '2026-12-03T02:00:00Z',
  startsOn: '2026-12-04',
  endsOn: '2026-12-10',
  workingDays: 5,
  windowOpen: true,
  items: [
    {
      nominationId: 'n-1',
      nomineeKind: 'INDIVIDUAL',
      nomineeName: 'Trần Văn Minh',
      position: 'Chuyên viên',
      nominatingUnitName: 'Trung tâm Sự nghiệp công phường',
      formCode: 'giay-khen-chu-tich-ubnd-xa',
      formName: 'Giấy khen của Chủ tịch UBND xã/phường',
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    },
  ],
}

describe('public award pages', { timeout: 45_000 }, () => {
  // vi.fn()s of the mocked API module keep their calls across tests unless reset.
  beforeEach(() => vi.resetAllMocks())
  beforeAll(async () => {
    await import('@/features/awards/pages/public/PublicPostingPage.vue')
  }, 60_000)

  it('opens without a session, from the login page too', async () => {
    const { router } = await createHarness({ path: '/public/postings', role: null })
    expect(router.currentRoute.value.name).toBe('public-postings')
    await router.push('/public/honours?commune=kien-an&year=2026')
    expect(router.currentRoute.value.name).toBe('public-honours')
    await router.push('/awards/council')
    expect(router.currentRoute.value.name).toBe('login')
  })

  it("lists the first commune's postings with their window", async () => {
    vi.mocked(open.listPublicCommunes).mockResolvedValue(communes)
    vi.mocked(open.listPublicPostings).mockResolvedValue([posting])
    const { router } = await renderWithApp(PublicPostingsPage, { path: '/public/postings', role: null })

    const card = await screen.findByTestId('public-posting')
    expect(open.listPublicPostings).toHaveBeenCalledWith('kien-an')
    expect(router.currentRoute.value.query.commune).toBe('kien-an')
    expect(card).toHaveTextContent('Thời gian công khai: 04/12/2026 – 10/12/2026 (5 ngày làm việc)')
    expect(card).toHaveTextContent('Đang lấy ý kiến')
    expect(card).toHaveTextContent('Trần Văn Minh — Giấy khen của Chủ tịch UBND xã/phường')
  })

  it('sends an objection and says when it was received; a rate limit is explained', async () => {
    vi.mocked(open.getPublicPosting).mockResolvedValue(posting)
    vi.mocked(open.sendObjection)
      .mockResolvedValueOnce({ id: 'o-1', receivedAt: '2026-12-04T03:15:00Z' })
      .mockRejectedValueOnce(new ApiError(429, { title: 'Too Many Requests' }))
    await renderWithApp(PublicPostingPage, { path: '/public/postings/p-1', role: null, props: { id: 'p-1' } })

    const form = await screen.findByTestId('objection-form')
    await fireEvent.click(within(form).getByTestId('objection-submit'))
    expect(await within(form).findByText('Vui lòng nhập họ và tên')).toBeInTheDocument()
    expect(open.sendObjection).not.toHaveBeenCalled()

    await fireEvent.update(within(form).getByLabelText('Họ và tên người gửi'), 'Nguyễn Văn An')
    await fireEvent.update(within(form).getByLabelText('Số điện thoại hoặc thư điện tử'), '0912 345 678')
    await fireEvent.update(within(form).getByLabelText('Nội dung ý kiến'), 'Đề nghị xem lại thành tích năm 2026.')
    await fireEvent.click(within(form).getByTestId('objection-submit'))
    await vi.waitFor(() =>
      expect(open.sendObjection).toHaveBeenCalledWith('p-1', { nominationId: null, name: 'Nguyễn Văn An', contact: '0912 345 678', text: 'Đề nghị xem lại thành tích năm 2026.' }),
    )
    expect(await screen.findByTestId('objection-sent')).toHaveTextContent('Đã nhận ý kiến của bạn lúc 10:15 04/12/2026')

    await fireEvent.update(within(form).getByLabelText('Nội dung ý kiến'), 'Ý kiến thứ hai.')
    await fireEvent.click(within(form).getByTestId('objection-submit'))
    expect(await screen.findByTestId('objection-error')).toHaveTextContent('Bạn đã gửi nhiều ý kiến trong thời gian ngắn')
  })

  it('offers no objection form once the window has closed', async () => {
    vi.mocked(open.getPublicPosting).mockResolvedValue({ ...posting, windowOpen: false })
    await renderWithApp(PublicPostingPage, { path: '/public/postings/p-1', role: null, props: { id: 'p-1' } })
    expect(await screen.findByTestId('objection-closed')).toHaveTextContent('Danh sách này nhận ý kiến từ 04/12/2026 đến 10/12/2026; hiện không trong thời gian nhận ý kiến.')
    expect(screen.queryByTestId('objection-submit')).not.toBeInTheDocument()
  })

  it('shows the honours board of a commune and year', async () => {
    vi.mocked(open.listPublicCommunes).mockResolvedValue(communes)
    vi.mocked(open.listHonours).mockResolvedValue([
      { nomineeKind: 'INDIVIDUAL', nomineeName: 'Trần Văn Minh', unitName: 'Trung tâm Sự nghiệp công phường', formName: 'Giấy khen của Chủ tịch UBND xã/phường', decisionNumber: '12/QĐ-UBND', decisionDate: '2026-12-20', year: 2026 },
    ])
    await renderWithApp(HonoursBoardPage, { path: '/public/honours?commune=kien-an&year=2026', role: null })

    const table = await screen.findByTestId('honours-table')
    await vi.waitFor(() => expect(table).toHaveTextContent('Trần Văn Minh'))
    expect(open.listHonours).toHaveBeenCalledWith('kien-an', 2026)
    expect(table).toHaveTextContent('Số 12/QĐ-UBND ngày 20/12/2026')
    expect(table).toHaveTextContent('Cá nhân')
  })
})
