import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { mockApi, signIn } from './mock-api'

const SHOTS = 'test-results/screens'
const PHONE = { width: 390, height: 844 }

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, 'the page is wider than the screen').toBeLessThanOrEqual(0)
}

test('login page: no serious accessibility violations; English switches every text and <html lang>', async ({ page }) => {
  const languages = await mockApi(page)
  await page.goto('/login')
  await expect(page.getByTestId('login-submit')).toHaveText('Đăng nhập')
  expect(await seriousViolations(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/login-desktop.png` })

  await page.getByTestId('language-en').click()
  await expect(page.getByTestId('login-submit')).toHaveText('Sign in')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByTestId('login-submit').click()
  await expect(page.getByText('Please enter your username')).toBeVisible()

  await page.reload()
  await expect(page.getByTestId('login-submit')).toHaveText('Sign in')
  await signIn(page)
  await expect(page.getByTestId('nav-plans')).toHaveText('Plans')
  expect(languages.at(-1)).toBe('en, vi;q=0.5')
})

test('shell and administration at 1366×768: no serious accessibility violations', async ({ page }) => {
  await mockApi(page)
  await signIn(page)
  expect(await seriousViolations(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/shell-desktop.png` })
  for (const tab of ['units', 'clusters', 'users', 'locks', 'audit']) {
    await page.goto(`/admin?tab=${tab}`)
    await expect(page.locator('.el-table').first()).toBeVisible()
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${SHOTS}/admin-${tab}-desktop.png`, fullPage: true })
  }
  expect(await seriousViolations(page)).toEqual([])
})

test('phone (390×844): menu in a drawer, nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await mockApi(page)
  await page.goto('/login')
  await noSidewaysScroll(page)
  await page.screenshot({ path: `${SHOTS}/login-phone.png` })
  await signIn(page)
  await expect(page.getByTestId('side-nav')).toBeHidden()
  await page.getByTestId('menu-toggle').click()
  await page.getByTestId('nav-notifications').click()
  await expect(page).toHaveURL(/\/notifications$/)
  await expect(page.getByTestId('side-nav')).toBeHidden()
  await noSidewaysScroll(page)
  await page.screenshot({ path: `${SHOTS}/notifications-phone.png` })
  expect(await seriousViolations(page)).toEqual([])
  for (const tab of ['units', 'clusters', 'users', 'locks', 'audit']) {
    await page.goto(`/admin?tab=${tab}`)
    await expect(page.locator('.el-table').first()).toBeVisible()
    await page.waitForTimeout(300)
    await noSidewaysScroll(page)
    await page.screenshot({ path: `${SHOTS}/admin-${tab}-phone.png`, fullPage: true })
  }
  await page.goto('/admin?tab=users')
  await page.getByTestId('user-create').click()
  await expect(page.getByTestId('user-form')).toBeVisible()
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${SHOTS}/admin-user-form-phone.png` })
})
