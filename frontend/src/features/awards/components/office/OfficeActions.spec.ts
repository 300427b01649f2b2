import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen } from '@testing-library/vue'
import { renderWithApp } from '@/test/render'
import { overrideEligibility, receiveNomination, returnNomination } from '../../api/awards'
import type { NominationView } from '../../api/types.contract'
import OfficeActions from './OfficeActions.vue'

vi.mock('../../api/awards', () => ({
  receiveNomination: vi.fn(),
  assignNomination: vi.fn(),
  appraiseNomination: vi.fn(),
  returnNomination: vi.fn(),
  overrideEligibility: vi.fn(),
}))

const dossier = (over: Partial<NominationView> = {}): NominationView =>
  ({
    id: 'n-1',
    status: 'SUBMITTED',
    nomineeName: 'Nguyễn Văn An',
    eligibility: { passed: false, checkedAt: null, checks: [], overrideReason: null, overrideBy: null, overrideAt: null },
    ...over,
  }) as NominationView

describe('OfficeActions', () => {
  it('offers receive, return and override on a submitted dossier with failed checks', async () => {
    vi.mocked(receiveNomination).mockResolvedValue(dossier({ status: 'RECEIVED' }))
    const { emitted } = await renderWithApp(OfficeActions, { path: '/awards/intake', props: { nomination: dossier() } })

    expect(screen.getByTestId('office-receive')).toBeInTheDocument()
    expect(screen.getByTestId('office-return')).toBeInTheDocument()
    expect(screen.getByTestId('office-override')).toBeInTheDocument()
    expect(screen.queryByTestId('office-appraise')).not.toBeInTheDocument()

    await fireEvent.click(screen.getByTestId('office-receive'))
    await vi.waitFor(() => expect(emitted().changed).toHaveLength(1))
    expect(receiveNomination).toHaveBeenCalledWith('n-1')
  })

  it('records an override only with a reason', async () => {
    vi.mocked(overrideEligibility).mockResolvedValue(dossier())
    await renderWithApp(OfficeActions, { path: '/awards/intake', props: { nomination: dossier() } })

    await fireEvent.click(screen.getByTestId('office-override'))
    await fireEvent.click(await screen.findByTestId('reason-confirm'))
    expect(await screen.findByText('Vui lòng nhập lý do')).toBeInTheDocument()
    expect(overrideEligibility).not.toHaveBeenCalled()

    await fireEvent.update(screen.getByTestId('reason-input'), 'Thành tích đột xuất cứu người trong lũ')
    await fireEvent.click(screen.getByTestId('reason-confirm'))
    await vi.waitFor(() => expect(overrideEligibility).toHaveBeenCalledWith('n-1', 'Thành tích đột xuất cứu người trong lũ'))
    expect(returnNomination).not.toHaveBeenCalled()
  })
})
