import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen } from '@testing-library/vue'
import { ApiError } from '@/lib/api-client'
import { renderWithApp } from '@/test/render'
import * as council from '@/features/awards/api/awards-council'
import CouncilSessionCreatePage from '@/features/awards/pages/council/CouncilSessionCreatePage.vue'
import { councilSession } from '@/features/awards/testing/council-fixtures'

vi.mock('@/features/awards/api/awards-council', () => ({
  listRoundOptions: vi.fn(),
  listCouncilCandidates: vi.fn(),
  createCouncilSession: vi.fn(),
}))

const candidates = [
  { id: 'u-2', username: 'kienan.council2', fullName: 'Lê Thị Lan', unitName: 'Văn phòng HĐND và UBND' },
  { id: 'u-1', username: 'kienan.council', fullName: 'Phạm Văn Hùng', unitName: 'UBND phường Kiến An' },
  { id: 'u-3', username: 'kienan.council3', fullName: 'Nguyễn Văn Tâm', unitName: 'Trung tâm Sự nghiệp công phường' },
]

async function render() {
  vi.mocked(council.listRoundOptions).mockResolvedValue([{ id: 'r-1', title: 'Khen thưởng năm 2026', year: 2026, status: 'OPEN', communeName: 'Phường Kiến An' }])
  vi.mocked(council.listCouncilCandidates).mockResolvedValue(candidates)
  const utils = await renderWithApp(CouncilSessionCreatePage, { path: '/awards/council/new?roundId=r-1', role: 'office' })
  await screen.findByTestId('member-kienan.council3')
  return utils
}

describe('council session creation', { timeout: 45_000 }, () => {
  // vi.fn()s of the mocked API module keep their calls across tests unless reset.
  beforeEach(() => vi.resetAllMocks())
  beforeAll(async () => {
    await import('@/features/awards/pages/council/CouncilSessionCreatePage.vue')
  }, 60_000)

  it('sends the round, the members with their seats, and opens the new session', async () => {
    vi.mocked(council.createCouncilSession).mockResolvedValue(councilSession({ id: 's-9' }))
    const { router } = await render()
    expect(screen.getByLabelText('Tên phiên họp')).toHaveValue('Phiên họp xét khen thưởng: Khen thưởng năm 2026')

    await fireEvent.click(screen.getByText('Nguyễn Văn Tâm'))
    await fireEvent.click(screen.getByTestId('session-submit'))
    await vi.waitFor(() => expect(council.createCouncilSession).toHaveBeenCalled())
    const body = vi.mocked(council.createCouncilSession).mock.calls[0]![0]
    expect(body).toMatchObject({ roundId: 'r-1', secretBallot: true, quorumPercent: 50 })
    // Sorted by user name: the first is proposed as chair, the second as secretary.
    expect(body.members).toEqual([
      { userId: 'u-1', seat: 'CHAIR' },
      { userId: 'u-2', seat: 'SECRETARY' },
    ])
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/awards/council/s-9'))
  })

  it('needs exactly one chair, and names the member the service refused', async () => {
    await render()
    await fireEvent.click(screen.getByTestId('seat-kienan.council3-CHAIR'))
    await fireEvent.click(screen.getByTestId('session-submit'))
    expect(await screen.findByTestId('members-error')).toHaveTextContent('Phiên họp cần đúng một Chủ tịch Hội đồng')
    expect(council.createCouncilSession).not.toHaveBeenCalled()

    await fireEvent.click(screen.getByTestId('seat-kienan.council3-MEMBER'))
    vi.mocked(council.createCouncilSession).mockRejectedValue(
      new ApiError(400, { detail: 'Dữ liệu không hợp lệ', errors: [{ field: 'members[2].userId', message: 'không phải thành viên Hội đồng của xã, phường' }] }),
    )
    await fireEvent.click(screen.getByTestId('session-submit'))
    expect(await screen.findByText('Nguyễn Văn Tâm: không phải thành viên Hội đồng của xã, phường')).toBeInTheDocument()
  })
})
