import { test, type Page } from '@playwright/test'

async function login(page: Page, username: string) {
  await page.goto('/login')
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill('thidua-demo')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL((u) => !u.pathname.startsWith('/login'))
}

const shots: [string, string, string][] = [
  ['kienan.unit', '/awards/nominations/da6ad34c-8c2b-43d3-bec8-0d4f5b4fa229', 'unit-nomination'],
  ['kienan.unit', '/awards/rounds', 'unit-rounds'],
  ['kienan.office', '/awards/intake', 'office-intake'],
  ['kienan.office', '/awards/decisions', 'office-decisions'],
  ['kienan.council', '/awards/council/92d06c2d-2193-468b-81eb-7ae7b3d6d1bc', 'council-session'],
  ['kienan.office', '/awards/history', 'office-history'],
]

for (const [user, path, name] of shots) {
  test('shot ' + name, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await login(page, user)
    await page.goto(path)
    await page.waitForTimeout(2500)
    await page.screenshot({ path: '/tmp/shots/' + name + '.png', fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(800)
    await page.screenshot({ path: '/tmp/shots/' + name + '-phone.png', fullPage: false })
  })
}

test('shot public', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('/public/postings')
  await page.waitForTimeout(2500)
  await page.screenshot({ path: '/tmp/shots/public-postings.png', fullPage: true })
  await page.goto('/public/honours')
  await page.waitForTimeout(2500)
  await page.screenshot({ path: '/tmp/shots/public-honours.png', fullPage: true })
})
