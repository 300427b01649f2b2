import type { Page, Route } from '@playwright/test'

export const ADMIN = {
  id: 'a1', username: 'kienan.admin', fullName: 'Trần Văn Quản', email: 'quan@kienan.example', role: 'admin', roles: ['admin'],
  unitId: 'c1', unitName: 'UBND phường Kiến An', unitPath: '/hp/kien-an', scopePath: '/hp/kien-an',
}
const VILLAGES = Array.from({ length: 6 }, (_, i) => ({
  id: `v${i + 1}`, code: `tdp-${i + 1}`, name: `Tổ dân phố ${i + 1}`, kind: 'VILLAGE', path: `/hp/kien-an/tdp-${i + 1}`, parentId: 'c1',
  version: 1, active: i !== 5, headName: ['Lê Văn Tư', 'Ngô Thị Hằng', 'Phạm Minh Đức', 'Đỗ Thu Trang', 'Vũ Quốc Bảo', 'Hoàng Lan'][i], headTitle: 'Tổ trưởng',
  email: `tdp${i + 1}@kienan.example`, phone: `0225 38${i}1 234`,
}))
export const TREE = [{ id: 'c1', code: 'kien-an', name: 'Phường Kiến An', kind: 'WARD', path: '/hp/kien-an', parentId: 'hp', version: 2, active: true, headName: 'Nguyễn Văn An', headTitle: 'Chủ tịch UBND', email: 'ubnd@kienan.example', phone: '0225 3876 543', children: VILLAGES }]
const USERS = [
  { ...ADMIN, active: true, locked: false, version: 1 },
  { id: 'u2', username: 'kienan.office', fullName: 'Nguyễn Thị Hoa', email: 'hoa@kienan.example', role: 'office', roles: ['office', 'council'], unitId: 'c1', unitName: 'Phòng Văn hóa - Xã hội', unitPath: '/hp/kien-an/vhxh', active: true, locked: false, version: 3 },
  { id: 'u3', username: 'tdp1.unit', fullName: 'Phạm Thu', email: 'thu@kienan.example', role: 'unit', roles: ['unit'], unitId: 'v1', unitName: 'Tổ dân phố 1', unitPath: '/hp/kien-an/tdp-1', active: true, locked: true, version: 2 },
  { id: 'u4', username: 'kienan.leader', fullName: 'Bùi Đức Long', email: 'long@kienan.example', role: 'leader', roles: ['leader'], unitId: 'c1', unitName: 'UBND phường Kiến An', unitPath: '/hp/kien-an', active: false, locked: false, version: 5 },
]
const page = <T>(items: T[], total = items.length) => ({ items, page: 0, size: 20, total })

/** Answers every /api/v1 call; returns the Accept-Language headers the SPA sent. */
export async function mockApi(p: Page): Promise<string[]> {
  const languages: string[] = []
  await p.route('**/api/v1/**', async (route: Route) => {
    const request = route.request()
    languages.push(request.headers()['accept-language'] ?? '')
    const path = new URL(request.url()).pathname.replace('/api/v1', '')
    const json = (body: unknown, status = 200) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) })
    if (path === '/auth/login') return json({ accessToken: 'a.b.c', refreshToken: 'r1', tokenType: 'Bearer', expiresIn: 900, user: ADMIN, mustChangePassword: false })
    if (path === '/auth/logout') return route.fulfill({ status: 204 })
    if (path === '/units/tree') return json(TREE)
    if (path === '/users') return json(page(USERS))
    if (path === '/users/locks') return json([{ id: 'l2', userId: 'u3', username: 'tdp1.unit', fullName: 'Phạm Thu', lockedAt: '2026-12-02T01:15:00Z', lockedUntil: '2026-12-02T01:30:00Z', liftedAt: null, liftedBy: null, active: true }, { id: 'l1', userId: 'u3', username: 'tdp1.unit', fullName: 'Phạm Thu', lockedAt: '2026-11-20T08:00:00Z', lockedUntil: '2026-11-20T08:15:00Z', liftedAt: '2026-11-20T08:05:00Z', liftedBy: 'admin', active: false }])
    if (path === '/clusters') return json([{ id: 'k1', name: 'Khối các tổ dân phố số 1', communeId: 'c1', year: 2026, headUnitId: 'v1', deputyUnitId: 'v2', memberUnitIds: ['v1', 'v2', 'v3'], version: 1 }])
    if (path === '/audit') return json(page([{ id: 'e1', at: '2026-12-01T02:30:00Z', actor: 'kienan.office', action: 'UPDATE', objectType: 'UNIT', objectId: 'v1', changes: [{ field: 'headName', before: 'Lê Văn Tư', after: 'Lê Văn Tuấn' }] }, { id: 'e2', at: '2026-11-30T09:05:00Z', actor: 'kienan.admin', action: 'CREATE', objectType: 'USER', objectId: 'u3', changes: [] }], 2))
    if (path === '/deadlines') return json(page([{ id: 'd1', title: 'Báo cáo kết quả phong trào năm 2026', unitName: 'Tổ dân phố 1', unitId: 'v1', unitPath: '', dueAt: '2026-12-15T10:00:00Z', dueDate: '2026-12-15', status: 'OVERDUE', planId: 'p1', periodId: 'q1', planTitle: 'KH 12', recipientUnitName: 'UBND' }], 45))
    return json(page([]))
  })
  return languages
}

export async function signIn(p: Page): Promise<void> {
  await p.goto('/login')
  await p.getByTestId('login-username').fill('kienan.admin')
  await p.getByTestId('login-password').fill('thidua-demo')
  await p.getByTestId('login-submit').click()
  await p.waitForURL('**/plans')
}
