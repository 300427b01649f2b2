import { afterEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import AdminPage from '@/features/admin/pages/AdminPage.vue'
import { renderWithApp } from '@/test/render'

// Nhập từ Excel (units, users) and Đặt lại mật khẩu, against a mocked fetch.
const COMMUNE = { id: 'c1', code: 'kien-an', name: 'Phường Kiến An', kind: 'WARD', path: '/hp/kien-an', parentId: 'city', version: 3, active: true }
const VILLAGE = { id: 'v1', code: 'tdp-1', name: 'Tổ dân phố 1', kind: 'VILLAGE', path: '/hp/kien-an/tdp-1', parentId: 'c1', version: 1, active: true }
const IMPORTED = { id: 'v9', code: 'thon-9', name: 'Thôn 9', kind: 'VILLAGE', path: '/hp/kien-an/thon-9', parentId: 'c1', version: 0, active: true }
const USER = { id: 'u7', username: 'tdp1.unit', fullName: 'Phạm Thu', email: 'thu@example.vn', role: 'unit', roles: ['unit'], unitId: 'v1', unitName: 'Tổ dân phố 1', unitPath: VILLAGE.path, active: true, locked: false, version: 4 }
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

type Handler = (url: URL, init: RequestInit) => Response | undefined
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } })

function serve(...handlers: Handler[]) {
  let imported = false
  const fetchMock = vi.fn<typeof fetch>(async (input, init = {}) => {
    const url = new URL(String(input), 'http://app.test')
    for (const h of handlers) {
      const r = h(url, init)
      if (r) return r
    }
    if (url.pathname === '/api/v1/units/import' && init.method === 'POST') {
      imported = true
      return json({ created: 2, ids: ['v9', 'v10'] })
    }
    if (url.pathname === '/api/v1/units/tree') return json([{ ...COMMUNE, children: imported ? [VILLAGE, IMPORTED] : [VILLAGE] }])
    if (url.pathname === '/api/v1/users') return json({ items: [USER], page: 0, size: 50, total: 1 })
    return json({ status: 404 }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}
const calls = (m: ReturnType<typeof serve>, method: string, path: string) =>
  m.mock.calls.filter(([u, i]) => (i?.method ?? 'GET') === method && new URL(String(u), 'http://app.test').pathname === path)
const headers = (call: Parameters<typeof fetch>) => call[1]?.headers as Record<string, string>

async function pickFile(name: string, type = XLSX) {
  const input = await screen.findByTestId('import-file')
  const file = new File(['PK\u0003\u0004'], name, { type })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  await fireEvent.change(input)
  return file
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('AdminPage: Nhập từ Excel and Đặt lại mật khẩu', () => {
  it('imports a units sheet as multipart field "file", says how many and shows them in the tree', async () => {
    const m = serve()
    await renderWithApp(AdminPage, { path: '/admin', role: 'office' })
    const table = await screen.findByTestId('units-table')
    await within(table).findByText('Tổ dân phố 1')
    expect(within(table).queryByText('Thôn 9')).toBeNull()

    await fireEvent.click(screen.getByTestId('units-import'))
    const file = await pickFile('don-vi.xlsx')
    await fireEvent.click(screen.getByTestId('import-submit'))

    expect(await screen.findByTestId('import-done')).toHaveTextContent('Đã nhập 2 đơn vị')
    const [post] = calls(m, 'POST', '/api/v1/units/import')
    expect(post).toBeDefined()
    const sent = post![1]!.body as FormData
    expect(sent).toBeInstanceOf(FormData)
    expect((sent.get('file') as File).name).toBe(file.name)
    expect(headers(post!).Authorization).toBe('Bearer test-token')
    expect(headers(post!)['Content-Type']).toBeUndefined()
    expect(await within(table).findByText('Thôn 9')).toBeInTheDocument()
    expect(screen.queryByTestId('import-failure')).toBeNull()
  })

  it('shows the row errors of a refused users sheet, states nothing was imported and keeps the list', async () => {
    const m = serve((url, init) =>
      url.pathname === '/api/v1/users/import' && init.method === 'POST'
        ? json({
            status: 400,
            title: 'Dữ liệu không hợp lệ',
            errors: [
              { field: 'rows[3].username', message: 'Dòng 3: Tên đăng nhập đã được sử dụng' },
              { field: 'rows[5].temporaryPassword', message: 'Dòng 5: Mật khẩu tạm cần ít nhất 10 ký tự' },
            ],
          }, 400)
        : undefined,
    )
    await renderWithApp(AdminPage, { path: '/admin?tab=users', role: 'admin' })
    await within(await screen.findByTestId('users-table')).findByText('Phạm Thu')
    const listed = calls(m, 'GET', '/api/v1/users').length

    await fireEvent.click(screen.getByTestId('users-import'))
    await pickFile('nguoi-dung.xlsx')
    await fireEvent.click(screen.getByTestId('import-submit'))

    const errors = await screen.findByTestId('import-errors')
    const cells = () => Array.from(errors.querySelectorAll('.el-table__body tr'), (r) => Array.from(r.querySelectorAll('td'), (c) => c.textContent?.trim()))
    await vi.waitFor(() => expect(cells()).toEqual([
      ['3', 'Tên đăng nhập', 'Tên đăng nhập đã được sử dụng'],
      ['5', 'Mật khẩu tạm', 'Mật khẩu tạm cần ít nhất 10 ký tự'],
    ]))
    expect(screen.getByTestId('import-failure')).toHaveTextContent('Không có dòng nào được nhập. Sửa 2 lỗi')
    expect(screen.queryByTestId('import-done')).toBeNull()
    expect(calls(m, 'GET', '/api/v1/users')).toHaveLength(listed)
  })

  it('downloads the template with the session token, and refuses a file that is not .xlsx', async () => {
    const m = serve((url) =>
      url.pathname === '/api/v1/units/import/template' ? new Response('PK', { status: 200, headers: { 'Content-Type': XLSX } }) : undefined,
    )
    const createObjectURL = vi.fn(() => 'blob:template')
    // jsdom has no object URLs; each spec file gets its own environment, so these stay local.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('mau-don-vi.xlsx')
    })
    await renderWithApp(AdminPage, { path: '/admin', role: 'admin' })
    await fireEvent.click(await screen.findByTestId('units-import'))
    await fireEvent.click(await screen.findByTestId('import-template'))

    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1))
    const [get] = calls(m, 'GET', '/api/v1/units/import/template')
    expect(headers(get!).Authorization).toBe('Bearer test-token')
    expect(createObjectURL).toHaveBeenCalledTimes(1)

    await pickFile('don-vi.csv', 'text/csv')
    expect(screen.getByText('Chỉ nhận tệp Excel .xlsx')).toBeInTheDocument()
    await fireEvent.click(screen.getByTestId('import-submit'))
    expect(calls(m, 'POST', '/api/v1/units/import')).toHaveLength(0)
  })

  it("resets a user's password: checks the length, shows the server's field error, then says it must be changed", async () => {
    let attempts = 0
    const m = serve((url, init) => {
      if (url.pathname !== '/api/v1/users/u7/reset-password' || init.method !== 'POST') return undefined
      attempts += 1
      return attempts === 1
        ? json({ status: 400, title: 'Dữ liệu không hợp lệ', errors: [{ field: 'temporaryPassword', message: 'Mật khẩu không được chứa tên đăng nhập' }] }, 400)
        : json({ ...USER })
    })
    await renderWithApp(AdminPage, { path: '/admin?tab=users', role: 'admin' })
    await fireEvent.click(await screen.findByTestId('user-reset-tdp1.unit'))

    const input = await screen.findByTestId('reset-password-input')
    await fireEvent.update(input, 'ngan')
    await fireEvent.click(screen.getByTestId('reset-submit'))
    expect(await screen.findByText('Mật khẩu tạm thời cần ít nhất 10 ký tự')).toBeInTheDocument()
    expect(calls(m, 'POST', '/api/v1/users/u7/reset-password')).toHaveLength(0)

    await fireEvent.update(input, 'tdp1.unit-2026')
    await fireEvent.click(screen.getByTestId('reset-submit'))
    expect(await screen.findByText('Mật khẩu không được chứa tên đăng nhập')).toBeInTheDocument()
    const [first] = calls(m, 'POST', '/api/v1/users/u7/reset-password')
    expect(JSON.parse(String(first![1]!.body))).toEqual({ temporaryPassword: 'tdp1.unit-2026' })

    await fireEvent.update(input, 'Hoa-Sen-Trang-7')
    await fireEvent.click(screen.getByTestId('reset-submit'))
    expect(await screen.findByTestId('reset-done')).toHaveTextContent('Người dùng phải đổi mật khẩu ở lần đăng nhập tới')
    expect(JSON.parse(String(calls(m, 'POST', '/api/v1/users/u7/reset-password')[1]![1]!.body))).toEqual({ temporaryPassword: 'Hoa-Sen-Trang-7' })
  })
})
