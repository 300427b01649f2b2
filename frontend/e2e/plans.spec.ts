import { expect, test, type Page } from '@playwright/test'

const USER = process.env.E2E_USER || 'kienan.office'
const PASSWORD = process.env.E2E_PASSWORD || 'thidua-demo'

async function expectVietnameseLogin(page: Page) {
  await expect(page).toHaveURL(/\/login(\?|$)/)
  await expect(page.getByRole('heading', { name: 'Thi đua Số' })).toBeVisible()
  await expect(page.getByLabel('Tên đăng nhập')).toBeVisible()
  await expect(page.getByLabel('Mật khẩu')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible()
}

test.describe('Kế hoạch', () => {
  test('signs in and opens a plan with its reporting obligations', async ({ page }) => {
    await page.goto('/')
    await expectVietnameseLogin(page)

    await page.getByLabel('Tên đăng nhập').fill(USER)
    await page.getByLabel('Mật khẩu').fill(PASSWORD)
    const loginResponse = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'))
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    const { user } = (await (await loginResponse).json()) as { user: { fullName: string } }

    await expect(page).toHaveURL(/\/plans$/)
    await expect(page.getByTestId('user-full-name')).toHaveText(user.fullName)
    await expect(page.getByTestId('side-nav').getByRole('menuitem', { name: 'Kế hoạch' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible()

    const table = page.getByTestId('plans-table')
    const planLink = table.getByRole('link', { name: /chuyển đổi số/i }).first()
    await expect(planLink).toBeVisible()
    const title = (await planLink.innerText()).trim()
    await planLink.click()

    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/)
    const heading = page.getByTestId('plan-title')
    await expect(heading).toBeVisible()
    await expect(heading).toHaveText(title)
    const obligations = page.getByTestId('plan-obligations')
    await expect(obligations.getByRole('heading', { name: 'Nghĩa vụ báo cáo' })).toBeVisible()
    await expect(obligations.getByText(/trước ngày \d{2}\/\d{2} hằng năm/).first()).toBeVisible()

    // The session survives a reload of a deep link.
    await page.reload()
    await expect(page.getByTestId('plan-title')).toHaveText(title)
  })

  test('shows the Vietnamese error for a wrong password', async ({ page }) => {
    await page.goto('/plans')
    await expectVietnameseLogin(page)

    await page.getByLabel('Tên đăng nhập').fill(USER)
    await page.getByLabel('Mật khẩu').fill(`${PASSWORD}-sai`)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()

    await expect(page.getByTestId('login-error')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng')
    await expect(page).toHaveURL(/\/login/)
  })
})
