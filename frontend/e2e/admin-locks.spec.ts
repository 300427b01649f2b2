import { expect, test, type APIRequestContext } from '@playwright/test'

// Sign-in hardening seen by the administrator: five wrong passwords lock an account (the same 401
// as any wrong credential), the lock shows in Quản trị → Tài khoản bị khóa, the admin lifts it and
// the person signs in again. A fresh account is used so that no demo account stays locked.
const PASSWORD = process.env.E2E_PASSWORD || 'thidua-demo'

async function token(request: APIRequestContext, username: string, password: string) {
  const r = await request.post('/api/v1/auth/login', { data: { username, password } })
  return r
}

test('an admin sees a locked account and unlocks it', async ({ page, request }) => {
  test.setTimeout(120_000)
  const admin = await (await token(request, 'admin', PASSWORD)).json()
  const auth = { Authorization: `Bearer ${admin.accessToken}` }
  const unit = (await (await request.get(`/api/v1/units?q=${encodeURIComponent('Văn hóa')}`, { headers: auth })).json()).items[0]
  const username = `khoa.${Date.now().toString(36)}`
  const temporary = 'Tam-thoi-2026!x'
  const created = await request.post('/api/v1/users', {
    headers: auth,
    data: { username, fullName: 'Người Thử Khóa', email: `${username}@thiduaso.local`, roles: ['council'], unitId: unit.id, temporaryPassword: temporary },
  })
  expect(created.status(), await created.text()).toBe(201)

  for (let i = 0; i < 5; i++) expect((await token(request, username, 'sai-mat-khau-' + i)).status()).toBe(401)
  // Locked: even the right password is refused, with the same body as a wrong one.
  const refused = await token(request, username, temporary)
  expect(refused.status()).toBe(401)

  await page.goto('/login')
  await page.getByLabel('Tên đăng nhập').fill('admin')
  await page.getByLabel('Mật khẩu').fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/plans$/)
  await page.goto('/admin?tab=locks')
  const locks = page.getByTestId('locks-table')
  await expect(locks.getByText(username)).toBeVisible()
  await page.getByTestId(`lock-unlock-${username}`).click()
  await expect(locks.getByText(username)).toHaveCount(0)
  await expect(page.getByTestId('locks-history').getByText(username)).toBeVisible()

  const again = await token(request, username, temporary)
  expect(again.status()).toBe(200)
  expect((await again.json()).mustChangePassword).toBe(true)
})

test('the office downloads the units template, imports it, and a second import is refused row by row', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  await page.goto('/login')
  await page.getByLabel('Tên đăng nhập').fill('kienan.office')
  await page.getByLabel('Mật khẩu').fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/plans$/)
  await page.goto('/admin?tab=units')
  await page.getByTestId('units-import').click()
  const downloading = page.waitForEvent('download')
  await page.getByTestId('import-template').click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('mau-don-vi.xlsx')
  const sheet = testInfo.outputPath('mau-don-vi.xlsx')
  await download.saveAs(sheet)

  // The template's example row (Thôn 1 under Kiến An) imports.
  await page.getByTestId('import-file').setInputFiles(sheet)
  await page.getByTestId('import-submit').click()
  await expect(page.getByTestId('import-done')).toContainText('1')
  // The same sheet again: the code is taken, nothing is imported, the row's error is shown.
  await page.getByTestId('import-file').setInputFiles(sheet)
  await page.getByTestId('import-submit').click()
  await expect(page.getByTestId('import-failure').first()).toBeVisible()
})
