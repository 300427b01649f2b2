import { afterEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import AdminPage from '@/features/admin/pages/AdminPage.vue'
import { renderWithApp } from '@/test/render'
import {
  createServiceAccount,
  deactivateServiceAccount,
  listBoardUnits,
  listServiceAccounts,
  rotateServiceAccount,
  type ServiceAccount,
} from '../api/service-accounts'

vi.mock('../api/service-accounts', () => ({
  SERVICE_ACCOUNT_ROLES: ['board'],
  listServiceAccounts: vi.fn(),
  listBoardUnits: vi.fn(),
  createServiceAccount: vi.fn(),
  rotateServiceAccount: vi.fn(),
  deactivateServiceAccount: vi.fn(),
}))

const ACCOUNT: ServiceAccount = {
  id: 'sa-1',
  clientId: 'ban-tdkt-hp-7f3a',
  name: 'Phần mềm Ban TĐKT Hải Phòng',
  unitId: 'city',
  unitName: 'Thành phố Hải Phòng',
  roles: ['board'],
  active: true,
  createdAt: '2026-01-05T02:00:00Z',
  createdBy: 'admin',
  secretRotatedAt: null,
  deactivatedAt: null,
  lastTokenAt: null,
}
const issued = (secret: string) => ({ id: 'sa-1', clientId: ACCOUNT.clientId, clientSecret: secret, name: ACCOUNT.name, unitId: 'city', roles: ['board'], active: true, createdAt: ACCOUNT.createdAt })

function setup() {
  vi.mocked(listServiceAccounts).mockResolvedValue([ACCOUNT])
  vi.mocked(listBoardUnits).mockResolvedValue([{ id: 'city', name: 'Thành phố Hải Phòng' }])
}
const open = () => renderWithApp(AdminPage, { path: '/admin?tab=integrations', role: 'admin' })
/** The ElMessageBox confirm on screen (its buttons share names with the table's). */
const box = async () => within(await vi.waitFor(() => document.querySelector<HTMLElement>('.el-message-box')!))
const writeText = vi.fn<(s: string) => Promise<void>>()
afterEach(() => {
  vi.clearAllMocks()
  document.body.innerHTML = ''
})
Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })

describe('Tài khoản tích hợp (admin)', () => {
  it('lists the accounts; the office does not see the tab', async () => {
    setup()
    await open()
    const table = await screen.findByTestId('service-accounts-table')
    expect(await within(table).findByText('Phần mềm Ban TĐKT Hải Phòng')).toBeInTheDocument()
    expect(within(table).getByText('ban-tdkt-hp-7f3a')).toBeInTheDocument()
    expect(within(table).getByText('Thành phố Hải Phòng')).toBeInTheDocument()
    expect(within(table).getByText('Chưa lần nào')).toBeInTheDocument()
    document.body.innerHTML = ''

    await renderWithApp(AdminPage, { path: '/admin?tab=integrations', role: 'office' })
    expect(screen.queryByText('Tài khoản tích hợp')).not.toBeInTheDocument()
    expect(screen.queryByTestId('service-accounts-table')).not.toBeInTheDocument()
  })

  it('issues an account for the city, shows the secret once with a warning and a copy button', async () => {
    setup()
    writeText.mockResolvedValue()
    vi.mocked(createServiceAccount).mockResolvedValue(issued('s3cr3t-m0i-cap'))
    await open()

    await fireEvent.click(await screen.findByTestId('service-account-create'))
    await fireEvent.update(await screen.findByTestId('service-account-name'), '  Phần mềm Ban TĐKT Hải Phòng ')
    await fireEvent.click(screen.getByTestId('service-account-submit'))

    await vi.waitFor(() => expect(createServiceAccount).toHaveBeenCalledWith({ name: 'Phần mềm Ban TĐKT Hải Phòng', unitId: 'city', roles: ['board'] }))
    const dialog = await screen.findByTestId('issued-secret-dialog')
    expect(within(dialog).getByTestId('issued-secret')).toHaveTextContent('s3cr3t-m0i-cap')
    expect(within(dialog).getByTestId('issued-client-id')).toHaveTextContent('ban-tdkt-hp-7f3a')
    expect(within(dialog).getByTestId('issued-warning')).toHaveTextContent('Khóa chỉ hiện một lần')

    await fireEvent.click(within(dialog).getByTestId('copy-secret'))
    expect(writeText).toHaveBeenCalledWith('s3cr3t-m0i-cap')

    // Closed only once the admin confirms storing it; then the secret is gone from the page.
    expect(within(dialog).getByTestId('issued-close')).toBeDisabled()
    await fireEvent.click(within(dialog).getByTestId('issued-stored').querySelector('input')!)
    await fireEvent.click(within(dialog).getByTestId('issued-close'))
    await vi.waitFor(() => expect(screen.queryByText('s3cr3t-m0i-cap')).not.toBeInTheDocument())
  })

  it('rotates after a confirm and shows the new secret', async () => {
    setup()
    vi.mocked(rotateServiceAccount).mockResolvedValue(issued('khoa-moi-2'))
    await open()
    await fireEvent.click(await screen.findByTestId('service-account-rotate-sa-1'))
    expect(await screen.findByText(/Khóa cũ hết hiệu lực ngay/)).toBeInTheDocument()
    await fireEvent.click((await box()).getByRole('button', { name: 'Đổi khóa bí mật' }))

    await vi.waitFor(() => expect(rotateServiceAccount).toHaveBeenCalledWith('sa-1'))
    expect(await screen.findByTestId('issued-secret')).toHaveTextContent('khoa-moi-2')
  })

  it('deactivates only after the confirm', async () => {
    setup()
    vi.mocked(deactivateServiceAccount).mockResolvedValue({ ...ACCOUNT, active: false, deactivatedAt: '2026-02-01T00:00:00Z' })
    await open()
    await fireEvent.click(await screen.findByTestId('service-account-deactivate-sa-1'))
    expect(await screen.findByText(/Không thể mở lại/)).toBeInTheDocument()
    await fireEvent.click((await box()).getByRole('button', { name: 'Hủy' }))

    await fireEvent.click(screen.getByTestId('service-account-deactivate-sa-1'))
    await vi.waitFor(() => expect(document.querySelectorAll('.el-message-box')).toHaveLength(1))
    await fireEvent.click((await box()).getByRole('button', { name: 'Ngừng' }))
    await vi.waitFor(() => expect(deactivateServiceAccount).toHaveBeenCalledWith('sa-1'))
    await vi.waitFor(() => expect(listServiceAccounts).toHaveBeenCalledTimes(2))
    // The cancelled first confirm sent nothing: one call, from the second.
    expect(deactivateServiceAccount).toHaveBeenCalledTimes(1)
  })
})
