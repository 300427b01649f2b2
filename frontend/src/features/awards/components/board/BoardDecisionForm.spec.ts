import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen } from '@testing-library/vue'
import { ApiError } from '@/lib/api-client'
import { renderWithApp } from '@/test/render'
import * as board from '@/features/awards/api/awards-board'
import BoardDecisionForm from '@/features/awards/components/board/BoardDecisionForm.vue'

vi.mock('@/features/awards/api/awards-board', () => ({ postBoardDecision: vi.fn() }))

const receipt = {
  receiptId: 'rc-1',
  nominationId: 'n-9',
  outcome: 'ACCEPTED' as const,
  decisionNumber: '1234/QĐ-UBND',
  decisionDate: '2026-12-01',
  receivedAt: '2026-12-03T03:00:00Z',
  awardRecordId: 'ar-1',
}

// The decision date starts as today in Vietnam.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())

async function fill() {
  await fireEvent.update(screen.getByLabelText('Số quyết định'), ' 1234/QĐ-UBND ')
  await fireEvent.update(screen.getByLabelText('Cơ quan quyết định'), 'UBND thành phố Hải Phòng')
}

describe('board decision form', { timeout: 45_000 }, () => {
  beforeEach(() => {
    // vi.fn()s of the mocked API module keep their calls across tests unless reset.
    vi.resetAllMocks()
    ElMessage.closeAll()
  })

  it('asks for the number, date and deciding body before sending', async () => {
    await renderWithApp(BoardDecisionForm, { path: '/awards/board/n-9', role: 'board', props: { nominationId: 'n-9' } })
    await fireEvent.click(screen.getByTestId('decision-submit'))
    expect(await screen.findByText('Vui lòng nhập số quyết định')).toBeInTheDocument()
    expect(await screen.findByText('Vui lòng nhập cơ quan quyết định')).toBeInTheDocument()
    expect(board.postBoardDecision).not.toHaveBeenCalled()
  })

  it('retries with the same Idempotency-Key after a failure and starts a new one after a receipt', async () => {
    const post = vi.mocked(board.postBoardDecision)
    post.mockRejectedValueOnce(new ApiError(0, { title: 'Network error' })).mockResolvedValue(receipt)
    const { emitted } = await renderWithApp(BoardDecisionForm, {
      path: '/awards/board/n-9',
      role: 'board',
      props: { nominationId: 'n-9', decidingBody: '' },
    })
    await fill()

    await fireEvent.click(screen.getByTestId('decision-submit'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(1))
    await fireEvent.click(screen.getByTestId('decision-submit'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(2))

    const [first, second] = post.mock.calls
    expect(first![0]).toBe('n-9')
    expect(first![1]).toEqual({ outcome: 'ACCEPTED', decisionNumber: '1234/QĐ-UBND', decisionDate: today, decidingBody: 'UBND thành phố Hải Phòng', note: '' })
    expect(first![2]).toMatch(/^[0-9a-f-]{36}$/)
    expect(second![2]).toBe(first![2])
    await vi.waitFor(() => expect(emitted().decided).toEqual([[receipt]]))

    await fireEvent.click(screen.getByTestId('decision-submit'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(3))
    expect(post.mock.calls[2]![2]).not.toBe(first![2])
  })
})
