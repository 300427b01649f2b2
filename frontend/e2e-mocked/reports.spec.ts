import { expect, test, type Page, type Route } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { mockApi } from './mock-api'

// The report screens in Chromium without the stack: a small in-memory report-service answers
// /report-requirements, /reports (autosave, attachments by XMLHttpRequest, submit, return) and
// /review-queue, so the real browser checks what jsdom cannot (upload progress, dialogs,
// accessibility with axe, nothing wider than a 390 px phone).

const SHOTS = 'test-results/screens'
const PHONE = { width: 390, height: 844 }
const DAY = 24 * 60 * 60 * 1000
const UNIT_USER = {
  id: 'u9', username: 'kienan.unit', fullName: 'Lê Thị Hồng Nhung', email: 'nhung@kienan.example', role: 'unit', roles: ['unit'],
  unitId: 'tt', unitName: 'Trung tâm Sự nghiệp công phường', unitPath: '/hp/kien-an/tt', scopePath: '/hp/kien-an/tt',
}
const OFFICE_USER = {
  id: 'u2', username: 'kienan.office', fullName: 'Nguyễn Thị Hoa', email: 'hoa@kienan.example', role: 'office', roles: ['office'],
  unitId: 'vhxh', unitName: 'Phòng Văn hóa - Xã hội', unitPath: '/hp/kien-an/vhxh', scopePath: '/hp/kien-an',
}

function dueIn(days: number) {
  const vnToday = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10)
  const dueDate = new Date(Date.parse(`${vnToday}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
  return { dueDate, dueAt: new Date(Date.parse(`${dueDate}T00:00:00+07:00`)).toISOString() }
}

/** report-service in memory: one requirement of one unit, its report once started. */
function fakeReportService() {
  const due = dueIn(12)
  const period = { id: 'q1', title: 'Báo cáo kết quả thực hiện Phong trào thi đua năm 2026', year: 2026, kind: 'ANNUAL', secondHop: false, planId: 'p1', planNumber: '125/KH-UBND', planTitle: 'Kế hoạch phát động phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”', recipientUnitName: 'Phòng Văn hóa - Xã hội' }
  const unit = { id: 'tt', name: 'Trung tâm Sự nghiệp công phường', path: '/hp/kien-an/tt' }
  let report: Record<string, unknown> | null = null
  const history: Record<string, unknown>[] = []
  const requirement = () => ({
    id: 'r1', period, unit, status: report ? 'DRAFTING' : 'PENDING', ...due, daysLeft: 12,
    report: report ? { id: 'rep1', status: report.status, version: report.version, submittedAt: report.submittedAt ?? null, late: false, lateSeconds: 0 } : null,
  })
  const form = () => ({
    requirement: requirement(),
    plan: { id: 'p1', number: '125/KH-UBND', title: period.planTitle, version: 1 },
    contents: [
      { id: 'c1', number: null, title: 'Thi đua nâng cao nhận thức, đột phá về đổi mới tư duy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', children: [] },
      { id: 'c2', number: null, title: 'Phát động phong trào “học tập số”', children: [{ id: 'c2a', number: null, title: 'Phổ cập kỹ năng số cho cán bộ, viên chức', children: [] }] },
    ],
    targets: [
      { id: 't1', code: 'CT01', name: 'Cán bộ, công chức, viên chức và người lao động có hiểu biết về chuyển đổi số, kiến thức và kỹ năng số', unitOfMeasure: '%', percentage: true, comparison: 'GTE', numeratorDescription: 'Số cán bộ có kỹ năng số', denominatorDescription: 'Tổng số cán bộ', targetGroup: 'OFFICES_AND_UNITS', contentId: 'c2', targetValue: 100, yearComparison: null, yearNote: null },
      { id: 't2', code: 'CT05', name: 'Hồ sơ thủ tục hành chính giải quyết trễ hạn', unitOfMeasure: 'hồ sơ', percentage: false, comparison: 'LTE', numeratorDescription: null, denominatorDescription: null, targetGroup: null, contentId: null, targetValue: 5, yearComparison: null, yearNote: null },
    ],
    awardForms: [{ code: 'giay-khen', recipientGroups: ['OFFICES_AND_UNITS'], occasions: ['ANNUAL'] }],
    prefill: null,
  })
  const view = () => ({
    id: 'rep1', requirementId: 'r1', period: { ...period, ...due }, unit, summary: '', contents: [], targets: [], difficulties: '', proposals: '',
    selfAssessment: { grade: null, text: '' }, proposedAwards: [], attachments: [], ...due, submittedAt: null, submittedBy: null, late: false, lateSeconds: 0,
    confirmedAt: null, confirmedBy: null, acceptedAt: null, acceptedBy: null, returnedCount: 0, lastReturnReason: null, createdBy: 'kienan.unit',
    createdAt: new Date().toISOString(), updatedBy: 'kienan.unit', updatedAt: new Date().toISOString(), history,
    ...report, editable: report ? ['DRAFT', 'RETURNED'].includes(String(report.status)) : false,
  })
  const step = (action: string, from: string | null, to: string, reason: string | null = null) => history.push({ at: new Date().toISOString(), actor: 'kienan.unit', action, fromStatus: from, toStatus: to, reason })

  return async (route: Route): Promise<boolean> => {
    const request = route.request()
    const url = new URL(request.url())
    const path = url.pathname.replace('/api/v1', '')
    const method = request.method()
    const json = (body: unknown, status = 200) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) })
    if (path === '/report-requirements' && method === 'GET') return json({ items: [requirement()], page: 0, size: 20, total: 1 }).then(() => true)
    if (path === '/report-requirements/r1/form') return json(form()).then(() => true)
    if (path === '/reports' && method === 'POST') {
      report = { status: 'DRAFT', version: 0, attachments: [] }
      step('CREATED', null, 'DRAFT')
      return json(view(), 201).then(() => true)
    }
    if (path === '/reports/rep1' && method === 'GET') return json(view()).then(() => true)
    if (path === '/reports/rep1' && method === 'PUT') {
      const body = request.postDataJSON() as Record<string, unknown>
      if (body.version !== report!.version) return json({ status: 409, title: 'Conflict', detail: 'Phiên bản cũ' }, 409).then(() => true)
      report = { ...report, ...body, version: Number(body.version) + 1, updatedAt: new Date().toISOString() }
      return json(view()).then(() => true)
    }
    if (path === '/reports/rep1/attachments' && method === 'POST') {
      const attachment = { id: `a${Date.now()}`, fileName: 'minh-chung.pdf', mediaType: 'application/pdf', sizeBytes: request.postDataBuffer()?.length ?? 0, sha256: 'ab', uploadedBy: 'kienan.unit', uploadedAt: new Date().toISOString() }
      report = { ...report, attachments: [...((report!.attachments as unknown[]) ?? []), attachment] }
      return json(attachment, 201).then(() => true)
    }
    if (path === '/reports/rep1/submit') {
      step('SUBMITTED', String(report!.status), 'SUBMITTED')
      report = { ...report, status: 'SUBMITTED', version: Number(report!.version) + 1, submittedAt: new Date().toISOString(), late: false, lateSeconds: 0 }
      return json(view()).then(() => true)
    }
    if (path === '/reports/rep1/return') {
      const body = request.postDataJSON() as { reason: string }
      step('RETURNED', 'SUBMITTED', 'RETURNED', body.reason)
      report = { ...report, status: 'RETURNED', version: Number(report!.version) + 1, lastReturnReason: body.reason, returnedCount: 1 }
      return json(view()).then(() => true)
    }
    if (path === '/review-queue') {
      const waiting = report?.status === 'SUBMITTED' ? [{ reportId: 'rep1', requirementId: 'r1', period, unit, submittedAt: report.submittedAt, submittedBy: 'kienan.unit', late: false, lateSeconds: 0, returnedCount: 0, version: report.version }] : []
      return json({ items: waiting, page: 0, size: 20, total: waiting.length }).then(() => true)
    }
    if (path === '/award-forms') return json({ items: [{ code: 'giay-khen', name: 'Giấy khen của Chủ tịch UBND phường' }], page: 0, size: 200, total: 1 }).then(() => true)
    if (path.startsWith('/calendar/working-days/')) return json({ year: 2026, days: [] }).then(() => true)
    return false
  }
}

async function withReports(page: Page, user: typeof UNIT_USER) {
  await mockApi(page)
  const service = fakeReportService()
  // Registered after mockApi, so these answer first; anything else falls through to mockApi.
  await page.route('**/api/v1/**', async (route) => {
    const path = new URL(route.request().url()).pathname
    if (path === '/api/v1/auth/login') {
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ accessToken: 'a.b.c', refreshToken: 'r1', tokenType: 'Bearer', expiresIn: 900, user, mustChangePassword: false }) })
    }
    if (!(await service(route))) await route.fallback()
  })
  return service
}

async function signInAs(page: Page) {
  await page.goto('/login')
  await page.getByTestId('login-username').fill('kienan.unit')
  await page.getByTestId('login-password').fill('thidua-demo')
  await page.getByTestId('login-submit').click()
  await page.waitForURL('**/plans')
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}
async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, 'the page is wider than the screen').toBeLessThanOrEqual(0)
}

test('a unit fills its report (autosave, live %, attachment with progress) and sends it; accessible at 1366 px', async ({ page }) => {
  await withReports(page, UNIT_USER)
  await signInAs(page)
  await page.getByTestId('nav-reports').click()
  await expect(page.getByRole('heading', { name: 'Báo cáo của tôi' })).toBeVisible()
  const row = page.getByTestId('requirements-table').getByRole('row').filter({ hasText: 'năm 2026' })
  await expect(row).toContainText('Còn 12 ngày')
  expect(await seriousViolations(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/reports-list-desktop.png` })

  await row.getByRole('link', { name: 'Lập báo cáo' }).click()
  await expect(page).toHaveURL(/\/reports\/requirements\/r1$/)
  await expect(page.getByTestId('report-status')).toHaveText('Đang soạn')
  const put = page.waitForResponse((r) => r.url().endsWith('/reports/rep1') && r.request().method() === 'PUT', { timeout: 15_000 })
  await page.getByTestId('contents-0-text').fill('Tổ chức hội nghị quán triệt cho toàn thể viên chức.')
  await page.getByTestId('targets-0-numerator').fill('45')
  await page.getByTestId('targets-0-denominator').fill('50')
  await expect(page.getByTestId('targets-0-computed')).toHaveText('90 %')
  await expect(page.getByTestId('targets-0-attained')).toContainText('Chưa đạt')
  await page.getByTestId('targets-1-value').fill('3')
  await expect(page.getByTestId('targets-1-attained')).toContainText('Đạt')
  expect((await put).status()).toBe(200)
  await expect(page.getByTestId('save-status').first()).toHaveText(/Đã lưu lúc \d{2}:\d{2}/)

  // A refused type never leaves the browser; a PDF goes up by XMLHttpRequest.
  await page.getByTestId('attachments-input').setInputFiles({ name: 'cai-dat.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') })
  await expect(page.getByTestId('upload-error')).toHaveText('Chỉ nhận tệp PDF, DOCX, XLSX, JPG hoặc PNG')
  const uploaded = page.waitForResponse((r) => r.url().endsWith('/attachments') && r.request().method() === 'POST')
  await page.getByTestId('attachments-input').setInputFiles({ name: 'minh-chung.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') })
  expect((await uploaded).status()).toBe(201)
  await expect(page.getByTestId('attachment-item')).toContainText('minh-chung.pdf')

  await page.getByRole('radio', { name: 'Hoàn thành tốt nhiệm vụ' }).check({ force: true })
  expect(await seriousViolations(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/report-form-desktop.png`, fullPage: true })

  await page.getByTestId('report-submit').click()
  const dialog = page.getByTestId('submit-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('2 nội dung chưa có thuyết minh')
  expect(await seriousViolations(page)).toEqual([])
  const submitted = page.waitForResponse((r) => r.url().endsWith('/submit'))
  await page.getByTestId('submit-confirm').click()
  expect((await submitted).status()).toBe(200)
  await expect(page.getByTestId('report-status')).toHaveText('Đã gửi, chờ tiếp nhận')
  await expect(page.getByTestId('contents-0-text')).toHaveCount(0)
  await expect(page.getByTestId('history-entry').first()).toContainText('Gửi báo cáo')
})

test('phone (390×844): the list as cards and the report form fit the screen', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await withReports(page, UNIT_USER)
  await signInAs(page)
  await page.goto('/reports')
  await expect(page.getByTestId('requirement-card')).toHaveCount(1)
  await noSidewaysScroll(page)
  expect(await seriousViolations(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/reports-list-phone.png` })

  await page.getByTestId('requirement-card').getByRole('link', { name: 'Lập báo cáo' }).click()
  await expect(page.getByTestId('targets-0-numerator')).toBeVisible()
  await noSidewaysScroll(page)
  expect(await seriousViolations(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/report-form-phone.png`, fullPage: true })
})

test('the office returns a sent report with a reason from the review queue', async ({ page }) => {
  await withReports(page, OFFICE_USER)
  await signInAs(page)
  // The unit's report, started and sent (through the same fake service).
  await page.evaluate(async () => {
    const headers = { 'Content-Type': 'application/json', Authorization: 'Bearer a.b.c' }
    await fetch('/api/v1/reports', { method: 'POST', headers, body: JSON.stringify({ requirementId: 'r1' }) })
    await fetch('/api/v1/reports/rep1/submit', { method: 'POST', headers, body: JSON.stringify({ version: 0 }) })
  })
  await page.getByTestId('nav-report-review').click()
  await expect(page).toHaveURL(/\/reports\/review$/)
  const row = page.getByTestId('review-table').getByRole('row').filter({ hasText: 'Trung tâm Sự nghiệp công phường' })
  await expect(row).toContainText('Đúng hạn')
  expect(await seriousViolations(page)).toEqual([])
  await row.getByTestId('review-row-return').click()
  const dialog = page.getByTestId('review-return-dialog')
  await expect(dialog.getByTestId('review-due-hint')).toContainText('Mặc định 5 ngày làm việc')
  await dialog.getByTestId('review-return-confirm').click()
  await expect(dialog).toContainText('Cần nêu lý do')
  expect(await seriousViolations(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/review-return-desktop.png` })
  const returned = page.waitForResponse((r) => r.url().endsWith('/return'))
  await dialog.getByTestId('review-reason').fill('Thiếu minh chứng cho chỉ tiêu CT01')
  await dialog.getByTestId('review-return-confirm').click()
  const response = await returned
  expect(response.request().postDataJSON()).toEqual({ version: 1, reason: 'Thiếu minh chứng cho chỉ tiêu CT01' })
  await expect(row).toHaveCount(0)
})
