import { expect, test, type Page } from '@playwright/test'

// The plan workflow through the UI: the office (Phòng VH-XH) drafts a plan, the People's
// Committee leader issues it, and report-service opens its reporting periods.

const OFFICE = process.env.E2E_OFFICE_USER || 'kienan.office'
const LEADER = process.env.E2E_LEADER_USER || 'kienan.leader'
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

test.describe('Soạn và ban hành kế hoạch', () => {
  test('the office drafts a plan, the leader issues it and its reporting periods open', async ({ page }) => {
    test.setTimeout(120_000)
    const title = `Kế hoạch thi đua kiểm thử giao diện ${Date.now()}`

    // Phòng VH-XH soạn dự thảo in the editor: the first save creates it, later ones PATCH it.
    await login(page, OFFICE)
    await page.getByTestId('plan-create').click()
    await expect(page).toHaveURL(/\/plans\/new$/)
    await expect(page.getByRole('heading', { name: 'Soạn kế hoạch' })).toBeVisible()
    await expect(page.getByTestId('plan-issuing-unit-select')).not.toContainText('Chọn đơn vị')

    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/plans') && r.request().method() === 'POST')
    await page.getByTestId('plan-title-input').fill(title)
    const response = await created
    expect(response.status(), await response.text()).toBe(201)
    expect(response.request().headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/)
    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\/edit$/)

    const saves = () =>
      page.waitForResponse((r) => /\/api\/v1\/plans\/[0-9a-f-]{36}$/.test(r.url()) && r.request().method() === 'PATCH')
    let saved = saves()
    await page.getByTestId('plan-addressees-select').click()
    const addresseeOption = page.locator('.plan-addressees-popper').getByRole('option').first()
    await expect(addresseeOption).toBeVisible()
    await addresseeOption.click()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('plan-addressees-select').locator('.el-tag')).toHaveCount(1)
    expect((await saved).status()).toBe(200)

    saved = saves()
    await page.getByTestId('obligations-add').click()
    await expect(page.getByTestId('obligations-0-title')).toHaveValue('Báo cáo kết quả thực hiện Phong trào thi đua')
    expect((await saved).status()).toBe(200)
    await expect(page.getByTestId('save-status')).toHaveText('Đã lưu')

    await page.getByTestId('editor-open-detail').click()
    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/)
    const planPath = new URL(page.url()).pathname
    await expect(page.getByTestId('plan-title')).toHaveText(title)
    await expect(page.getByTestId('plan-status')).toHaveText('Dự thảo')
    // Issuing is the leader's call.
    await expect(page.getByTestId('plan-issue')).toHaveCount(0)
    await logout(page)

    // Lãnh đạo UBND tìm dự thảo và ban hành.
    await login(page, LEADER)
    await page.getByTestId('plans-search').fill(title)
    await page.getByTestId('plans-search').press('Enter')
    const planLink = page.getByTestId('plans-table').getByRole('link', { name: title })
    await expect(planLink).toBeVisible()
    await planLink.click()
    await expect(page).toHaveURL(new RegExp(`${planPath}$`))
    await expect(page.getByTestId('plan-status')).toHaveText('Dự thảo')

    await page.getByTestId('plan-issue').click()
    const dialog = page.getByTestId('plan-issue-dialog')
    await expect(dialog).toBeVisible()
    const issued = page.waitForResponse((r) => r.url().endsWith('/issue') && r.request().method() === 'POST')
    await dialog.getByTestId('plan-issue-confirm').click()
    expect((await issued).status()).toBe(200)

    await expect(page.getByText('Đã ban hành kế hoạch')).toBeVisible()
    await expect(page.getByTestId('plan-status')).toHaveText('Đã ban hành')
    await expect(page.getByTestId('plan-number')).toHaveText(/^\d+\/KH-UBND$/)
    await expect(page.getByTestId('plan-issue')).toHaveCount(0)

    // report-service opens the periods from the PlanIssued event a moment later.
    const periods = page.getByTestId('plan-periods')
    await expect(periods.getByRole('heading', { name: 'Kỳ báo cáo' })).toBeVisible()
    await expect(periods.getByTestId('plan-periods-table').locator('.el-table__body tr.el-table__row').first()).toBeVisible({
      timeout: 30_000,
    })
    await expect(periods.getByText(/\d{2}\/12\/\d{4}/).first()).toBeVisible()
  })
})
