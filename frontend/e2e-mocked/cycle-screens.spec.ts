import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { mockApi, signIn } from './mock-api'
import { mockCycleApi } from './cycle-mocks'

// The reporting cycle's consolidation, dashboard and notification screens (issue 6, F2) at desktop
// and phone width: no serious accessibility violations, nothing wider than a 390 px screen.
const SHOTS = 'test-results/screens'
const PHONE = { width: 390, height: 844 }
const PAGES: [string, string, string][] = [
  ['consolidation-editor', '/consolidation/q1', 'consolidation-title'],
  ['consolidations', '/consolidations', 'consolidation-periods'],
  ['board-consolidations', '/board/consolidations', 'board-consolidations'],
  ['dashboards', '/dashboards?year=2026&planId=p1&periodId=q1', 'chart-bar'],
  ['inbox', '/inbox', 'inbox-list'],
  ['preferences', '/preferences', 'calendar-url'],
  ['working-calendar', '/admin/calendar', 'calendar-days'],
  ['deadlines', '/notifications', 'deadlines-table'],
]

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

for (const [width, size] of [['desktop', { width: 1366, height: 768 }], ['phone', PHONE]] as const) {
  test(`reporting cycle screens (${width}): accessible, never wider than the screen`, async ({ page }) => {
    test.setTimeout(180_000)
    await page.setViewportSize(size)
    await mockApi(page)
    await mockCycleApi(page)
    await signIn(page)
    await expect(page.getByTestId('inbox-bell')).toHaveAttribute('aria-label', 'Hộp thư thông báo: 1 thông báo chưa đọc')
    for (const [name, path, testId] of PAGES) {
      await page.goto(path)
      await expect(page.getByTestId(testId)).toBeVisible()
      await page.waitForTimeout(400)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0)
      await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true })
      expect(await seriousViolations(page), name).toEqual([])
    }
  })
}
