import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/vue'
import { renderWithApp } from '@/test/render'
import EligibilityPanel from './EligibilityPanel.vue'
import type { EligibilityView } from '../../api/types.contract'

const result: EligibilityView = {
  passed: false,
  checkedAt: '2026-12-03T02:00:00Z',
  checks: [
    { check: 'RECIPIENT_KIND', passed: true, message: 'Cá nhân được khen Giấy khen', nextEligibleOn: null },
    { check: 'INTERVAL', passed: false, message: 'Đã được khen Giấy khen năm 2026', nextEligibleOn: '2027-12-20' },
  ],
  overrideReason: null,
  overrideBy: null,
  overrideAt: null,
}

describe('EligibilityPanel', () => {
  it('shows each check with its outcome and the next eligible date in dd/MM/yyyy', async () => {
    await renderWithApp(EligibilityPanel, { path: '/awards/rounds', role: 'unit', props: { eligibility: result, ruleSetCode: 'LTDKT2022-ND98' } })

    expect(screen.getByTestId('eligibility-summary')).toHaveTextContent('Chưa đủ điều kiện')
    expect(screen.getByTestId('eligibility-check-RECIPIENT_KIND')).toHaveAttribute('data-passed', 'true')
    const interval = screen.getByTestId('eligibility-check-INTERVAL')
    expect(interval).toHaveAttribute('data-passed', 'false')
    expect(interval).toHaveTextContent('Thời gian từ lần khen trước')
    expect(interval).toHaveTextContent('Đã được khen Giấy khen năm 2026')
    expect(screen.getByTestId('eligibility-next')).toHaveTextContent('Đủ điều kiện từ 20/12/2027')
    expect(screen.getByText('Kiểm tra theo: LTDKT2022-ND98')).toBeInTheDocument()
  })

  it('says the dossier is not checked yet before its first save, and shows an override', async () => {
    const { rerender } = await renderWithApp(EligibilityPanel, { path: '/awards/rounds', role: 'unit', props: { eligibility: null } })
    expect(screen.getByTestId('eligibility-summary')).toHaveTextContent('Chưa kiểm tra')

    await rerender({ eligibility: { ...result, overrideReason: 'Thành tích đột xuất cứu người', overrideBy: 'kienan.office', overrideAt: '2026-12-03T03:00:00Z' } })
    expect(screen.getByTestId('eligibility-override')).toHaveTextContent('Thành tích đột xuất cứu người')
  })
})
