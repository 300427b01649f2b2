import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import { ApiError } from '@/lib/api-client'
import { renderWithApp } from '@/test/render'
import {
  downloadAwardCertificate,
  downloadDecisionCertificates,
  listAwardForms,
  listCertificateLayouts,
  saveCertificateLayout,
} from '../../api/awards-certificates'
import { searchAwardRecords } from '../../api/awards'
import type { AwardRecordView, CertificateLayoutView, DecisionView } from '../../api/types.contract'
import DecisionDetail from '../../components/office/DecisionDetail.vue'
import AwardHistoryPage from '../shared/AwardHistoryPage.vue'
import CertificateLayoutsPage from './CertificateLayoutsPage.vue'

vi.mock('../../api/awards-certificates', () => ({
  listAwardForms: vi.fn(),
  listCertificateLayouts: vi.fn(),
  saveCertificateLayout: vi.fn(),
  downloadAwardCertificate: vi.fn(),
  downloadDecisionCertificates: vi.fn(),
}))
vi.mock('../../api/awards', () => ({
  searchAwardRecords: vi.fn(),
  annulAwardRecord: vi.fn(),
  signDecision: vi.fn(),
  downloadDecision: vi.fn(),
}))

const FORMS = [
  { id: 'f1', code: 'giay-khen-xa', name: 'Giấy khen của Chủ tịch UBND xã', active: true },
  { id: 'f2', code: 'lao-dong-tien-tien', name: 'Lao động tiên tiến', active: true },
]
const box = (x: number, y: number) => ({ x, y, width: 200, fontSize: 16 })
const LAYOUT: CertificateLayoutView = {
  id: 'l1',
  communeId: 'c1',
  formCode: 'giay-khen-xa',
  pageWidthMm: 297,
  pageHeightMm: 210,
  fields: { recipient: box(40, 90), achievement: box(40, 110), decisionNumber: box(40, 170), decisionDate: box(160, 160), signer: box(160, 190) },
  updatedAt: '2026-02-10T03:00:00Z',
  updatedBy: 'kienan.office',
  version: 3,
}

async function typeNumber(testId: string, value: string) {
  const input = screen.getByTestId(testId).querySelector('input')!
  await fireEvent.update(input, value)
  await fireEvent.change(input)
}

describe('CertificateLayoutsPage (Mẫu in phôi)', () => {
  it('edits the layout of a form that has one and sends its version', async () => {
    vi.mocked(listAwardForms).mockResolvedValue(FORMS)
    vi.mocked(listCertificateLayouts).mockResolvedValue([LAYOUT])
    vi.mocked(saveCertificateLayout).mockResolvedValue({ ...LAYOUT, version: 4 })
    await renderWithApp(CertificateLayoutsPage, { path: '/awards/certificate-layouts' })

    expect(await screen.findByText('Cập nhật bởi kienan.office lúc 10:00 10/02/2026')).toBeInTheDocument()
    await screen.findByTestId('layout-recipient-y')
    await typeNumber('layout-recipient-y', '95.5')
    await typeNumber('layout-page-width', '300')
    await fireEvent.click(screen.getByTestId('layout-save'))

    await vi.waitFor(() => expect(saveCertificateLayout).toHaveBeenCalledTimes(1))
    const [code, body] = vi.mocked(saveCertificateLayout).mock.calls[0]!
    expect(code).toBe('giay-khen-xa')
    expect(body).toMatchObject({ pageWidthMm: 300, pageHeightMm: 210, version: 3, fields: { recipient: { x: 40, y: 95.5, width: 200, fontSize: 16 } } })
    expect(Object.keys(body.fields)).toEqual(['recipient', 'achievement', 'decisionNumber', 'decisionDate', 'signer'])
  })

  it('shows the field the server refused on its row', async () => {
    vi.mocked(listAwardForms).mockResolvedValue(FORMS)
    vi.mocked(listCertificateLayouts).mockResolvedValue([])
    vi.mocked(saveCertificateLayout).mockRejectedValue(
      new ApiError(400, { status: 400, title: 'Bad Request', errors: [{ field: 'fields.signer.x', message: 'Ô người ký nằm ngoài trang' }] }),
    )
    await renderWithApp(CertificateLayoutsPage, { path: '/awards/certificate-layouts' })

    await fireEvent.click(await screen.findByTestId('layout-save'))
    expect(await screen.findByTestId('layout-error-signer')).toHaveTextContent('Ô người ký nằm ngoài trang')
    const [, body] = vi.mocked(saveCertificateLayout).mock.calls.at(-1)!
    expect(body.version).toBeUndefined()
    expect(body).toMatchObject({ pageWidthMm: 297, pageHeightMm: 210 })
  })
})

const decision = (over: Partial<DecisionView> = {}) =>
  ({ id: 'd-1', status: 'SIGNED', number: '12/QĐ-UBND', basis: '', draftedBy: 'kienan.office', items: [], totalCashVnd: 0, decisionDate: '2026-03-01', ...over }) as DecisionView

describe('In giấy khen', () => {
  it('prints the certificates of a signed decision, not of a draft', async () => {
    vi.mocked(downloadDecisionCertificates).mockResolvedValue()
    const { rerender } = await renderWithApp(DecisionDetail, { path: '/awards/decisions', props: { decision: decision() } })
    await fireEvent.click(screen.getByTestId('decision-certificates'))
    expect(downloadDecisionCertificates).toHaveBeenCalledWith(expect.objectContaining({ id: 'd-1', number: '12/QĐ-UBND' }))

    await rerender({ decision: decision({ status: 'DRAFT', number: null }) })
    expect(screen.queryByTestId('decision-certificates')).not.toBeInTheDocument()
  })

  it('prints one decided award from the history; an annulled one has no button', async () => {
    const record = (over: Partial<AwardRecordView>) =>
      ({ nomineeKind: 'INDIVIDUAL', nomineeName: 'Trần Thị Lụa', formName: 'Giấy khen', year: 2026, source: 'NOMINATION', annulled: false, decisionNumber: '12/QĐ-UBND', ...over }) as AwardRecordView
    vi.mocked(searchAwardRecords).mockResolvedValue({ items: [record({ id: 'r-1' }), record({ id: 'r-2', annulled: true, annulReason: 'Sai thông tin', annulDecisionRef: '20/QĐ' })], page: 0, size: 20, total: 2 })
    vi.mocked(downloadAwardCertificate).mockResolvedValue()
    await renderWithApp(AwardHistoryPage, { path: '/awards/history' })

    const table = await screen.findByTestId('history-table')
    await fireEvent.click(await within(table).findByTestId('history-certificate-r-1'))
    expect(downloadAwardCertificate).toHaveBeenCalledWith(expect.objectContaining({ id: 'r-1' }))
    expect(within(table).queryByTestId('history-certificate-r-2')).not.toBeInTheDocument()
  })
})
