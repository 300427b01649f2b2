import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import { ElMessageBox } from 'element-plus'
import { renderWithApp } from '@/test/render'
import * as council from '@/features/awards/api/awards-council'
import CouncilSessionPage from '@/features/awards/pages/council/CouncilSessionPage.vue'
import { agendaItem, councilSession } from '@/features/awards/testing/council-fixtures'

vi.mock('@/features/awards/api/awards-council', () => ({
  getCouncilSession: vi.fn(),
  castBallot: vi.fn(),
  recuse: vi.fn(),
  openCouncilSession: vi.fn(),
  closeCouncilSession: vi.fn(),
  saveAttendance: vi.fn(),
  downloadMinutes: vi.fn(),
}))

const render = (role: 'council' | 'office' = 'council') => renderWithApp(CouncilSessionPage, { path: '/awards/council/s-1', role, props: { id: 's-1' } })

describe('council session', { timeout: 45_000 }, () => {
  beforeAll(async () => {
    await import('@/features/awards/pages/council/CouncilSessionPage.vue')
  }, 60_000)
  beforeEach(() => {
    // vi.fn()s of the mocked API module keep their calls across tests unless reset.
    vi.resetAllMocks()
    ElMessage.closeAll()
  })

  it('casts one ballot per nomination and shows the recorded choice', async () => {
    vi.mocked(council.getCouncilSession).mockResolvedValue(councilSession())
    vi.mocked(council.castBallot).mockResolvedValue(councilSession({ agenda: [agendaItem({ myChoice: 'AGREE' })] }))
    await render()

    const item = await screen.findByTestId('agenda-item')
    expect(item).toHaveTextContent('Trần Văn Minh')
    expect(item).toHaveTextContent('Đạt khi số phiếu đồng ý từ 50% tổng số thành viên Hội đồng')
    const send = within(item).getByTestId('ballot-submit')
    expect(send).toBeDisabled()
    await fireEvent.click(within(item).getByText('Đồng ý'))
    await fireEvent.click(send)

    await vi.waitFor(() => expect(council.castBallot).toHaveBeenCalledWith('s-1', { votes: [{ nominationId: 'n-1', choice: 'AGREE' }] }))
    expect(await screen.findByTestId('my-choice')).toHaveTextContent('Phiếu của bạn: Đồng ý')
    expect(screen.queryByTestId('ballot-submit')).not.toBeInTheDocument()
  })

  it('records a recusal only with a reason', async () => {
    vi.mocked(council.getCouncilSession).mockResolvedValue(councilSession())
    const recusals = [{ userId: 'u-3', fullName: 'Nguyễn Văn Tâm', reason: 'Cùng đơn vị công tác' }]
    vi.mocked(council.recuse).mockResolvedValue(councilSession({ agenda: [agendaItem({ iRecused: true, recusals })] }))
    await render()

    await fireEvent.click(await screen.findByTestId('recuse'))
    const dialog = await screen.findByTestId('recusal-dialog')
    await fireEvent.click(within(dialog).getByTestId('recusal-confirm'))
    expect(await within(dialog).findByText('Vui lòng nêu lý do')).toBeInTheDocument()
    expect(council.recuse).not.toHaveBeenCalled()

    await fireEvent.update(within(dialog).getByLabelText('Lý do (xung đột lợi ích)'), 'Cùng đơn vị công tác')
    await fireEvent.click(within(dialog).getByTestId('recusal-confirm'))
    await vi.waitFor(() => expect(council.recuse).toHaveBeenCalledWith('s-1', 'n-1', 'Cùng đơn vị công tác'))
    expect(await screen.findByTestId('my-recusal')).toHaveTextContent('Bạn không tham gia biểu quyết hồ sơ này')
    expect(screen.getByTestId('agenda-recusals')).toHaveTextContent('Nguyễn Văn Tâm')
  })

  it('lets the chair open the vote with a closing time in the future', async () => {
    vi.mocked(council.getCouncilSession).mockResolvedValue(councilSession({ status: 'PLANNED', me: { member: true, seat: 'CHAIR' } }))
    vi.mocked(council.openCouncilSession).mockResolvedValue(councilSession({ me: { member: true, seat: 'CHAIR' } }))
    await render()

    await fireEvent.click(await screen.findByTestId('open-voting'))
    await fireEvent.click(await screen.findByTestId('open-voting-confirm'))
    await vi.waitFor(() => expect(council.openCouncilSession).toHaveBeenCalled())
    const closesAt = vi.mocked(council.openCouncilSession).mock.calls[0]![1]
    expect(new Date(closesAt).getTime()).toBeGreaterThan(Date.now())
    expect(await screen.findByTestId('close-voting')).toBeInTheDocument()
    expect(screen.getByTestId('session-status')).toHaveTextContent('Đang biểu quyết')
  })

  it('after the chair closes it, shows the tally and offers the minutes', async () => {
    vi.mocked(council.getCouncilSession).mockResolvedValue(councilSession({ me: { member: true, seat: 'CHAIR' } }))
    const tally = { agree: 4, disagree: 0, abstain: 0, recused: 1, notVoted: 0, passed: true }
    vi.mocked(council.closeCouncilSession).mockResolvedValue(
      councilSession({ status: 'CLOSED', closedAt: '2026-12-03T08:00:00Z', me: { member: true, seat: 'CHAIR' }, agenda: [agendaItem({ myChoice: 'AGREE', tally })] }),
    )
    vi.mocked(council.downloadMinutes).mockResolvedValue(new Blob(['%PDF']))
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    // jsdom has no object URLs; saveBlob makes one and revokes it a second later.
    URL.createObjectURL = vi.fn(() => 'blob:minutes')
    URL.revokeObjectURL = vi.fn()
    await render()

    await fireEvent.click(await screen.findByTestId('close-voting'))
    await vi.waitFor(() => expect(council.closeCouncilSession).toHaveBeenCalledWith('s-1'))
    expect(await screen.findByTestId('agenda-result')).toHaveTextContent('Đạt')
    expect(screen.getByTestId('agenda-tally')).toHaveTextContent('Kết quả: 4 đồng ý, 0 không đồng ý, 0 không biểu quyết, 1 không tham gia, 0 chưa bỏ phiếu')
    expect(screen.queryByTestId('ballot-submit')).not.toBeInTheDocument()

    await fireEvent.click(screen.getByTestId('minutes-pdf'))
    await vi.waitFor(() => expect(council.downloadMinutes).toHaveBeenCalledWith('s-1', 'pdf'))
  })

  it('shows the office the attendance to record and sends who is present', async () => {
    vi.mocked(council.getCouncilSession).mockResolvedValue(councilSession({ status: 'PLANNED', presentCount: 2, me: { member: false, seat: null } }))
    vi.mocked(council.saveAttendance).mockResolvedValue(councilSession({ status: 'PLANNED', presentCount: 1, me: { member: false, seat: null } }))
    await render('office')

    const members = await screen.findByTestId('session-members')
    expect(within(members).getByTestId('session-quorum')).toHaveTextContent('Có mặt 2/5 (tỷ lệ tối thiểu 50%)')
    await fireEvent.click(within(members).getByText('Lê Thị Lan'))
    await fireEvent.click(within(members).getByTestId('save-attendance'))
    await vi.waitFor(() => expect(council.saveAttendance).toHaveBeenCalledWith('s-1', ['u-1']))
    expect(screen.queryByTestId('ballot-submit')).not.toBeInTheDocument()
  })
})
