import { afterEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import AdminPage from '@/features/admin/pages/AdminPage.vue'
import { i18n } from '@/lib/i18n'
import { renderWithApp } from '@/test/render'

const COMMUNE = { id: 'c1', code: 'kien-an', name: 'Phường Kiến An', kind: 'WARD', path: '/hp/kien-an', parentId: 'city', version: 3, active: true }
const VILLAGE = { id: 'v1', code: 'tdp-1', name: 'Tổ dân phố 1', kind: 'VILLAGE', path: '/hp/kien-an/tdp-1', parentId: 'c1', version: 1, active: true, headName: 'Lê Văn Tư', headTitle: 'Tổ trưởng' }
const TREE = [{ ...COMMUNE, children: [VILLAGE] }]
const USER = { id: 'u7', username: 'tdp1.unit', fullName: 'Phạm Thu', email: 'thu@example.vn', role: 'unit', roles: ['unit'], unitId: 'v1', unitName: 'Tổ dân phố 1', unitPath: VILLAGE.path, active: true, locked: true, version: 4 }

type Handler = (url: URL, init: RequestInit) => Response | undefined
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } })

function serve(...handlers: Handler[]) {
  const fetchMock = vi.fn<typeof fetch>(async (input, init = {}) => {
    const url = new URL(String(input), 'http://app.test')
    for (const h of handlers) {
      const r = h(url, init)
      if (r) return r
    }
    if (url.pathname === '/api/v1/units/tree') return json(TREE)
    if (url.pathname === '/api/v1/users') return json({ items: [USER], page: 0, size: 50, total: 1 })
    if (url.pathname === '/api/v1/clusters') return json([])
    if (url.pathname === '/api/v1/users/locks') return json([])
    if (url.pathname === '/api/v1/audit') return json({ items: [], page: 0, size: 20, total: 0 })
    return json({ status: 404 }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}
const calls = (m: ReturnType<typeof serve>, method: string, path: string) =>
  m.mock.calls.filter(([u, i]) => (i?.method ?? 'GET') === method && new URL(String(u), 'http://app.test').pathname === path)
const body = (call: Parameters<typeof fetch>) => JSON.parse(String(call[1]?.body))
const headers = (call: Parameters<typeof fetch>) => call[1]?.headers as Record<string, string>

afterEach(() => vi.unstubAllGlobals())

describe('AdminPage (Quản trị)', () => {
  it('shows the units tree and creates a unit under the commune with an Idempotency-Key', async () => {
    const m = serve((url, init) => (url.pathname === '/api/v1/units' && init.method === 'POST' ? json({ ...VILLAGE, id: 'v2' }, 201) : undefined))
    await renderWithApp(AdminPage, { path: '/admin', role: 'admin' })

    const table = await screen.findByTestId('units-table')
    expect(await within(table).findByText('Tổ dân phố 1')).toBeInTheDocument()
    expect(within(table).getByText('Tổ trưởng Lê Văn Tư')).toBeInTheDocument()

    await fireEvent.click(screen.getByTestId('unit-create'))
    await fireEvent.update(await screen.findByTestId('unit-name'), 'Tổ dân phố 2')
    await fireEvent.update(screen.getByTestId('unit-code'), 'tdp-2')
    await fireEvent.update(screen.getByTestId('unit-head-name'), 'Ngô Minh')
    await fireEvent.click(screen.getByTestId('unit-save'))

    await vi.waitFor(() => expect(calls(m, 'POST', '/api/v1/units')).toHaveLength(1))
    const [post] = calls(m, 'POST', '/api/v1/units')
    expect(body(post!)).toMatchObject({ parentId: 'c1', name: 'Tổ dân phố 2', code: 'tdp-2', kind: 'VILLAGE', headName: 'Ngô Minh', email: null })
    expect(headers(post!)['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it("shows the service's Vietnamese message under the field it names", async () => {
    serve((url, init) =>
      url.pathname === '/api/v1/units/v1' && init.method === 'PATCH'
        ? json({ status: 400, title: 'Dữ liệu không hợp lệ', errors: [{ field: 'email', message: 'Thư điện tử đã được đơn vị khác dùng' }] }, 400)
        : undefined,
    )
    await renderWithApp(AdminPage, { path: '/admin', role: 'office' })
    await fireEvent.click(await screen.findByTestId('unit-edit-tdp-1'))
    expect(await screen.findByTestId('unit-name')).toHaveValue('Tổ dân phố 1')
    await fireEvent.update(screen.getByTestId('unit-email'), 'to1@kienan.vn')
    await fireEvent.click(screen.getByTestId('unit-save'))

    expect(await screen.findByText('Thư điện tử đã được đơn vị khác dùng')).toBeInTheDocument()
    expect(screen.getByTestId('form-failure')).toHaveTextContent('Có 1 trường chưa hợp lệ')
  })

  it('gives client-side validation messages in English after switching language', async () => {
    serve()
    await renderWithApp(AdminPage, { path: '/admin', role: 'admin' })
    await screen.findByText('Tổ dân phố 1')
    i18n.global.locale.value = 'en'
    await fireEvent.click(await screen.findByTestId('unit-create'))
    await fireEvent.update(await screen.findByTestId('unit-code'), 'Tổ 2')
    await fireEvent.click(screen.getByTestId('unit-save'))

    expect(await screen.findByText('Please enter the unit name')).toBeInTheDocument()
    expect(await screen.findByText('The code takes lower-case letters without accents, digits and hyphens')).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Emulation clusters' })).toBeInTheDocument()
  })

  it("edits a user's roles with the version, and unlocks a locked account", async () => {
    const m = serve(
      (url, init) => (url.pathname === '/api/v1/users/u7' && init.method === 'PATCH' ? json({ ...USER, roles: ['unit', 'council'] }) : undefined),
      (url, init) => (url.pathname === '/api/v1/users/u7/unlock' && init.method === 'POST' ? new Response(null, { status: 204 }) : undefined),
    )
    await renderWithApp(AdminPage, { path: '/admin?tab=users', role: 'admin' })
    const table = await screen.findByTestId('users-table')
    expect(await within(table).findByText('Phạm Thu')).toBeInTheDocument()
    expect(within(table).getByText('Đang bị khóa')).toBeInTheDocument()

    await fireEvent.click(screen.getByTestId('user-unlock-tdp1.unit'))
    await vi.waitFor(() => expect(calls(m, 'POST', '/api/v1/users/u7/unlock')).toHaveLength(1))

    await fireEvent.click(screen.getByTestId('user-edit-tdp1.unit'))
    await fireEvent.click(within(await screen.findByTestId('user-form')).getByText('Hội đồng TĐ-KT'))
    await fireEvent.click(screen.getByTestId('user-save'))
    await vi.waitFor(() => expect(calls(m, 'PATCH', '/api/v1/users/u7')).toHaveLength(1))
    expect(body(calls(m, 'PATCH', '/api/v1/users/u7')[0]!)).toEqual({
      fullName: 'Phạm Thu',
      email: 'thu@example.vn',
      roles: ['unit', 'council'],
      unitId: 'v1',
      version: 4,
    })
  })

  it('asks the audit log for the chosen actor', async () => {
    const m = serve((url) =>
      url.pathname === '/api/v1/audit' && url.searchParams.get('actor') === 'kienan.office'
        ? json({ items: [{ id: 'a1', at: '2026-11-30T03:00:00Z', actor: 'kienan.office', action: 'UPDATE', objectType: 'UNIT', objectId: 'v1', changes: [{ field: 'headName', before: 'A', after: 'B' }] }], page: 0, size: 20, total: 1 })
        : undefined,
    )
    await renderWithApp(AdminPage, { path: '/admin?tab=audit', role: 'admin' })
    await fireEvent.update(await screen.findByTestId('audit-actor'), 'kienan.office')
    await fireEvent.click(screen.getByTestId('audit-search'))

    const table = screen.getByTestId('audit-table')
    expect(await within(table).findByText('Đơn vị')).toBeInTheDocument()
    expect(within(table).getByText('10:00 30/11/2026')).toBeInTheDocument()
    const last = calls(m, 'GET', '/api/v1/audit').at(-1)!
    expect(new URL(String(last[0]), 'http://app.test').searchParams.get('page')).toBe('0')
  })
})
