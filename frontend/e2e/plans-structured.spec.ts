import { expect, test, type Page } from '@playwright/test'

// The structured plan through the SPA against the real stack: the office drafts a plan with a
// content, a target and a reporting obligation in the editor (autosaved), the leader issues it and
// the number N/KH-UBND appears, the DOCX downloads, and the unit it is addressed to sees it but
// cannot edit it.

const OFFICE = process.env.E2E_OFFICE_USER || 'kienan.office'
const LEADER = process.env.E2E_LEADER_USER || 'kienan.leader'
const UNIT = process.env.E2E_UNIT_USER || 'kienan.unit'
const PASSWORD = process.env.E2E_PASSWORD || 'thidua-demo'

async function login(page: Page, username: string) {
  await page.goto('/login')
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/plans$/)
}

async function logout(page: Page) {
  await page.getByTestId('logout').click()
  await expect(page).toHaveURL(/\/login(\?|$)/)
}

/** Register before the edit: the next PATCH of the plan (an autosave). */
function nextSave(page: Page) {
  return page.waitForResponse((r) => /\/api\/v1\/plans\/[0-9a-f-]{36}$/.test(r.url()) && r.request().method() === 'PATCH', {
    timeout: 15_000,
  })
}

async function openPlan(page: Page, title: string) {
  await page.getByTestId('plans-search').fill(title)
  await page.getByTestId('plans-search').press('Enter')
  const link = page.getByTestId('plans-table').getByRole('link', { name: title })
  await expect(link).toBeVisible()
  await link.click()
  await expect(page.getByTestId('plan-title')).toHaveText(title)
}

test.describe('Kế hoạch có cấu trúc', () => {
  test('draft in the editor, issue, download the DOCX, read as the addressed unit', async ({ page, request }) => {
    test.setTimeout(180_000)
    const title = `Kế hoạch thi đua có cấu trúc ${Date.now().toString(36)}`
    const unitLogin = await request.post('/api/v1/auth/login', { data: { username: UNIT, password: PASSWORD } })
    expect(unitLogin.status()).toBe(200)
    const unitName = ((await unitLogin.json()) as { user: { unitName: string } }).user.unitName

    // Phòng VH-XH soạn dự thảo trong trình soạn thảo.
    await login(page, OFFICE)
    await page.getByTestId('plan-create').click()
    await expect(page).toHaveURL(/\/plans\/new$/)
    await expect(page.getByTestId('plan-issuing-unit-select')).not.toContainText('Chọn đơn vị')

    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/plans') && r.request().method() === 'POST')
    await page.getByTestId('plan-title-input').fill(title)
    const createResponse = await created
    expect(createResponse.status(), await createResponse.text()).toBe(201)
    expect(createResponse.request().headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/)
    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\/edit$/)
    await expect(page.getByTestId('save-status')).toHaveText('Đã lưu')
    const planId = new URL(page.url()).pathname.split('/')[2]!

    // A content.
    await page.getByTestId('contents-add').click()
    let saved = nextSave(page)
    await page.getByTestId('contents-0-title').fill('Thi đua nâng cao nhận thức về chuyển đổi số')
    expect((await saved).status()).toBe(200)

    // A target with its value for 2025.
    await page.getByTestId('targets-add').click()
    saved = nextSave(page)
    await page.getByTestId('targets-0-name').fill('Cán bộ, công chức có kỹ năng số cơ bản')
    expect((await saved).status()).toBe(200)
    saved = nextSave(page)
    await page.locator('[data-testid="targets-0-value-2025"] input, input[data-testid="targets-0-value-2025"]').first().fill('80')
    await page.locator('[data-testid="targets-0-value-2025"] input, input[data-testid="targets-0-value-2025"]').first().blur()
    expect((await saved).status()).toBe(200)

    // The unit carries it out.
    saved = nextSave(page)
    await page.getByTestId('plan-addressees-select').click()
    await page.locator('.plan-addressees-popper').getByRole('option', { name: unitName, exact: true }).click()
    await page.keyboard.press('Escape')
    expect((await saved).status()).toBe(200)

    // A reporting obligation (the recipient is preselected).
    saved = nextSave(page)
    await page.getByTestId('obligations-add').click()
    await expect(page.getByTestId('obligation-item')).toHaveCount(1)
    expect((await saved).status()).toBe(200)
    await expect(page.getByTestId('save-status')).toHaveText('Đã lưu')

    // The preview reads as the document.
    await page.getByRole('tab', { name: 'Xem trước văn bản' }).click()
    const preview = page.getByTestId('plan-preview')
    await expect(preview).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    await expect(preview).toContainText('Thi đua nâng cao nhận thức về chuyển đổi số')

    await page.getByTestId('editor-open-detail').click()
    await expect(page).toHaveURL(new RegExp(`/plans/${planId}$`))
    await expect(page.getByTestId('plan-status')).toHaveText('Dự thảo')
    await expect(page.getByTestId('plan-issue')).toHaveCount(0)
    await logout(page)

    // Lãnh đạo UBND ban hành: the number is assigned.
    await login(page, LEADER)
    await openPlan(page, title)
    await page.getByTestId('plan-issue').click()
    const dialog = page.getByTestId('plan-issue-dialog')
    await expect(dialog).toBeVisible()
    const issued = page.waitForResponse((r) => r.url().endsWith(`/plans/${planId}/issue`) && r.request().method() === 'POST')
    await dialog.getByTestId('plan-issue-confirm').click()
    const issueResponse = await issued
    expect(issueResponse.status(), await issueResponse.text()).toBe(200)
    await expect(page.getByTestId('plan-status')).toHaveText('Đã ban hành')
    await expect(page.getByTestId('plan-number')).toHaveText(/^\d+\/KH-UBND$/)
    const number = (await page.getByTestId('plan-number').innerText()).trim()
    await expect(page.getByTestId('plan-preview')).toContainText(`Số: ${number}`)

    // The DOCX downloads.
    const download = page.waitForEvent('download')
    await page.getByTestId('download-docx').click()
    expect((await download).suggestedFilename()).toMatch(/\.docx$/)
    await logout(page)

    // The addressed unit reads the plan but cannot edit it.
    await login(page, UNIT)
    await openPlan(page, title)
    await expect(page.getByTestId('plan-number')).toHaveText(number)
    await expect(page.getByTestId('plan-preview')).toContainText('Thi đua nâng cao nhận thức về chuyển đổi số')
    await expect(page.getByTestId('plan-edit')).toHaveCount(0)
    await expect(page.getByTestId('plan-amend')).toHaveCount(0)
    await expect(page.getByTestId('plan-issue')).toHaveCount(0)
    await page.goto(`/plans/${planId}/edit`)
    await expect(page).toHaveURL(/\/plans$/)
  })
})
