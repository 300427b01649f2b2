import { randomUUID } from 'node:crypto'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

// The yearly reporting cycle through the SPA against the running stack (issue 6):
// a unit fills its report (narrative, a percentage target, an attachment) and sends it; the reminder
// mails for that unit stop (its deadline turns SUBMITTED, no reminder reaches GreenMail afterwards);
// the office returns it with a reason; the unit gets the return mail, fixes and sends it again; the
// office accepts it; the commune's consolidated report carries the unit's values; the completeness
// dashboard counts it as on time.
//
// A fresh plan per run (like chain.spec.ts) so the requirement starts empty: issued by
// kienan.leader, drafted by kienan.office, addressed to kienan.unit's unit (Trung tâm Sự nghiệp
// công phường, a CENTRE → target group OFFICES_AND_UNITS), due about three weeks ahead.

const OFFICE = process.env.E2E_OFFICE_USER || 'kienan.office'
const LEADER = process.env.E2E_LEADER_USER || 'kienan.leader'
const UNIT = process.env.E2E_UNIT_USER || 'kienan.unit'
const PASSWORD = process.env.E2E_PASSWORD || 'thidua-demo'
const MAIL_API = process.env.E2E_MAIL_API || 'http://127.0.0.1:8025'
const VN_OFFSET_MS = 7 * 60 * 60 * 1000
const UUID_PATH = /\/reports\/requirements\/([0-9a-f-]{36})/

type Session = { token: string; user: { unitId: string; unitName: string; unitPath: string; email: string } }

async function apiLogin(request: APIRequestContext, username: string): Promise<Session> {
  const response = await request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } })
  expect(response.status(), `login ${username}`).toBe(200)
  const body = await response.json()
  return { token: body.accessToken, user: body.user }
}
const auth = (s: Session) => ({ Authorization: `Bearer ${s.token}` })

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

/** A due day about three weeks ahead, in Vietnam's calendar. */
function upcomingDue() {
  const due = new Date(Date.now() + VN_OFFSET_MS + 21 * 24 * 60 * 60 * 1000)
  return { day: due.getUTCDate(), month: due.getUTCMonth() + 1, year: due.getUTCFullYear() }
}

/** A small but well-formed PDF: report-service checks the content (magic bytes), not the name. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)

// ---- GreenMail ----

interface Mail {
  subject: string
  text: string
}

/** The readable text of a raw MIME message: its base64 and quoted-printable parts decoded. */
function mimeText(raw: string): string {
  const parts: string[] = [raw]
  for (const m of raw.matchAll(/Content-Transfer-Encoding:\s*base64[^\n]*\n(?:[^\n]+\n)*?\r?\n([A-Za-z0-9+/=\r\n]+)/gi)) {
    parts.push(Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64').toString('utf8'))
  }
  for (const m of raw.matchAll(/Content-Transfer-Encoding:\s*quoted-printable[^\n]*\n(?:[^\n]+\n)*?\r?\n([\s\S]*?)(?=\r?\n--|$)/gi)) {
    const soft = m[1]!.replace(/=\r?\n/g, '')
    const bytes: number[] = []
    for (let i = 0; i < soft.length; i++) {
      if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
        bytes.push(parseInt(soft.slice(i + 1, i + 3), 16))
        i += 2
      } else bytes.push(soft.charCodeAt(i) & 0xff)
    }
    parts.push(Buffer.from(bytes).toString('utf8'))
  }
  return parts.join('\n')
}

async function mailsOf(request: APIRequestContext, email: string): Promise<Mail[]> {
  const r = await request.get(`${MAIL_API}/api/user/${encodeURIComponent(email)}/messages/INBOX`)
  if (!r.ok()) return []
  const messages = (await r.json()) as Array<{ subject?: string; mimeMessage?: string }>
  return messages.map((m) => ({ subject: m.subject ?? '', text: `${m.subject ?? ''}\n${mimeText(m.mimeMessage ?? '')}` }))
}
const about = (mails: Mail[], marker: string) => mails.filter((m) => m.text.includes(marker))

// ---- JSON helpers for answers the SPA of helper F2 renders (their field names are R2's) ----

function objectsIn(tree: unknown, predicate: (o: Record<string, unknown>) => boolean, out: Record<string, unknown>[] = []) {
  if (Array.isArray(tree)) tree.forEach((t) => objectsIn(t, predicate, out))
  else if (tree && typeof tree === 'object') {
    const o = tree as Record<string, unknown>
    if (predicate(o)) out.push(o)
    Object.values(o).forEach((v) => objectsIn(v, predicate, out))
  }
  return out
}
const numbersIn = (o: unknown): number[] => objectsIn({ o }, () => true).flatMap((x) => Object.values(x).filter((v): v is number => typeof v === 'number'))

test.describe('Chu trình báo cáo năm', () => {
  test('a unit reports with an attachment, the office returns it, the unit fixes it, the office accepts it; consolidation and dashboard follow', async ({ page, request }) => {
    test.setTimeout(360_000)
    const office = await apiLogin(request, OFFICE)
    const leader = await apiLogin(request, LEADER)
    const unit = await apiLogin(request, UNIT)
    const marker = `ck-${Date.now().toString(36)}`
    const due = upcomingDue()
    const periodTitle = `Báo cáo kết quả phong trào (${marker})`
    const narrative = `Tổ chức 4 lớp “Bình dân học vụ số” cho cán bộ, viên chức (${marker}).`
    const reason = `Thiếu minh chứng cho chỉ tiêu CT01 [${marker}-tra-lai]`

    // ---- the plan: one content, one percentage target of the unit's group, one annual obligation ----
    const communeId = (await (await request.get(`/api/v1/units?q=${encodeURIComponent('Kiến An')}&kind=WARD`, { headers: auth(office) })).json()).items[0].id as string
    const officeUnitId = (await (await request.get(`/api/v1/units?q=${encodeURIComponent('Văn hóa')}`, { headers: auth(office) })).json()).items[0].id as string
    const contentId = randomUUID()
    const targetId = randomUUID()
    const created = await request.post('/api/v1/plans', {
      headers: { ...auth(office), 'Idempotency-Key': randomUUID() },
      data: {
        title: `Kế hoạch thi đua chuyển đổi số (${marker})`,
        issuingUnitId: communeId,
        startYear: due.year,
        endYear: due.year,
        addresseeUnitIds: [unit.user.unitId],
        contents: [{ id: contentId, number: '1', title: `Thi đua phổ cập kỹ năng số (${marker})`, body: null, children: [] }],
        targets: [
          {
            id: targetId,
            code: 'CT01',
            name: 'Cán bộ, viên chức có kỹ năng số cơ bản',
            unitOfMeasure: '%',
            percentage: true,
            comparison: 'GTE',
            numeratorDescription: 'Số cán bộ, viên chức có kỹ năng số',
            denominatorDescription: 'Tổng số cán bộ, viên chức',
            targetGroup: 'OFFICES_AND_UNITS',
            contentId,
            values: [{ year: due.year, value: 80, note: null, comparison: null }],
          },
        ],
        reportingObligations: [
          {
            id: randomUUID(),
            title: periodTitle,
            kind: 'ANNUAL',
            reporters: { mode: 'ADDRESSEES', unitIds: [], unitKinds: [] },
            recipientUnitId: officeUnitId,
            dueDay: due.day,
            dueMonth: due.month,
            dueDate: null,
            firstYear: due.year,
            lastYear: due.year,
            secondHop: null,
          },
        ],
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    const plan = await created.json()
    const issued = await request.post(`/api/v1/plans/${plan.id}/issue`, { headers: auth(leader), data: { version: plan.version } })
    expect(issued.status(), await issued.text()).toBe(200)

    // report-service opens the period and the unit's requirement (PlanIssued through Kafka).
    let requirement: { id: string; period: { id: string; title: string } } | undefined
    await expect
      .poll(async () => {
        const r = await request.get(`/api/v1/report-requirements?planId=${plan.id}`, { headers: auth(unit) })
        requirement = r.ok() ? (await r.json()).items[0] : undefined
        return requirement?.period.title ?? ''
      }, { timeout: 60_000 })
      .toContain(marker)
    const periodId = requirement!.period.id

    // notification-service knows the deadline and announced it; one click reminds the unit now.
    await expect.poll(async () => about(await mailsOf(request, unit.user.email), marker).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(1)
    const beforeReminder = about(await mailsOf(request, unit.user.email), marker).length
    const remind = await request.post('/api/v1/deadlines/remind', { headers: auth(office), data: { periodId, unitIds: [unit.user.unitId] } })
    expect(remind.status(), await remind.text()).toBeLessThan(300)
    await expect.poll(async () => about(await mailsOf(request, unit.user.email), marker).length, { timeout: 60_000 }).toBeGreaterThan(beforeReminder)
    const reminder = about(await mailsOf(request, unit.user.email), marker).find((m) => UUID_PATH.test(m.text))
    expect(reminder, 'a reminder with the link to the requirement').toBeTruthy()
    expect(reminder!.text).toContain(`/reports/requirements/${requirement!.id}`)

    // ---- the unit fills its report in the SPA ----
    await login(page, UNIT)
    await page.getByTestId('nav-reports').click()
    await expect(page.getByRole('heading', { name: 'Báo cáo của tôi' })).toBeVisible()
    await page.goto(`/reports?planId=${plan.id}`)
    const row = page.getByTestId('requirements-table').getByRole('row').filter({ hasText: marker })
    await expect(row).toContainText('Chưa lập báo cáo')
    await expect(row).toContainText(/Còn \d+ ngày/)
    const started = page.waitForResponse((r) => r.url().endsWith('/api/v1/reports') && r.request().method() === 'POST')
    await row.getByRole('link', { name: 'Lập báo cáo' }).click()
    await expect(page).toHaveURL(new RegExp(`/reports/requirements/${requirement!.id}$`))
    expect((await started).status()).toBe(201)
    await expect(page.getByTestId('report-title')).toHaveText(requirement!.period.title)
    await expect(page.getByTestId('report-status')).toHaveText('Đang soạn')

    const saved = () => page.waitForResponse((r) => /\/api\/v1\/reports\/[0-9a-f-]{36}$/.test(r.url()) && r.request().method() === 'PUT', { timeout: 20_000 })
    let save = saved()
    await page.getByTestId('contents-0-text').fill(narrative)
    await page.getByTestId('targets-0-numerator').fill('45')
    await page.getByTestId('targets-0-denominator').fill('50')
    await expect(page.getByTestId('targets-0-computed')).toHaveText('90 %')
    await expect(page.getByTestId('targets-0-attained')).toContainText('Đạt')
    await page.getByTestId('difficulties-input').fill('Một số viên chức lớn tuổi còn hạn chế về kỹ năng số.')
    expect((await save).status()).toBe(200)
    await expect(page.getByTestId('save-status').first()).toHaveText(/Đã lưu lúc \d{2}:\d{2}/)

    const uploaded = page.waitForResponse((r) => r.url().includes('/attachments') && r.request().method() === 'POST')
    await page.getByTestId('attachments-input').setInputFiles({ name: `minh-chung-${marker}.pdf`, mimeType: 'application/pdf', buffer: PDF })
    expect((await uploaded).status()).toBe(201)
    await expect(page.getByTestId('attachment-item')).toContainText(`minh-chung-${marker}.pdf`)

    const submitted = page.waitForResponse((r) => r.url().endsWith('/submit') && r.request().method() === 'POST')
    await page.getByTestId('report-submit').click()
    await expect(page.getByTestId('submit-dialog')).toBeVisible()
    await page.getByTestId('submit-confirm').click()
    expect((await submitted).status()).toBe(200)
    await expect(page.getByTestId('report-status')).toHaveText('Đã gửi, chờ tiếp nhận')
    await expect(page.getByTestId('lateness')).toHaveText('Đúng hạn')
    await expect(page.getByTestId('contents-0-text')).toHaveCount(0)
    await logout(page)

    // ---- the reminders for that unit stop ----
    await expect
      .poll(async () => {
        const r = await request.get('/api/v1/deadlines?size=100', { headers: auth(unit) })
        const d = r.ok() ? (await r.json()).items.find((x: { periodId: string }) => x.periodId === periodId) : undefined
        return d ? d.state ?? d.status : ''
      }, { timeout: 60_000 })
      .toBe('SUBMITTED')
    const afterSubmission = about(await mailsOf(request, unit.user.email), marker).length
    await page.waitForTimeout(15_000)
    expect(about(await mailsOf(request, unit.user.email), marker), 'no reminder after the report was sent').toHaveLength(afterSubmission)

    // ---- the office returns it with a reason ----
    await login(page, OFFICE)
    await page.getByTestId('nav-report-review').click()
    await expect(page).toHaveURL(/\/reports\/review$/)
    await page.goto(`/reports/review?periodId=${periodId}`)
    const queued = page.getByTestId('review-table').getByRole('row').filter({ hasText: unit.user.unitName })
    await expect(queued).toContainText('Đúng hạn')
    await queued.getByTestId('review-row-return').click()
    const returnDialog = page.getByTestId('review-return-dialog')
    await expect(returnDialog).toBeVisible()
    await expect(returnDialog.getByTestId('review-due-hint')).toContainText('5 ngày làm việc')
    const returned = page.waitForResponse((r) => r.url().endsWith('/return') && r.request().method() === 'POST')
    await returnDialog.getByTestId('review-reason').fill(reason)
    await returnDialog.getByTestId('review-return-confirm').click()
    expect((await returned).status()).toBe(200)
    await expect(queued).toHaveCount(0)
    await logout(page)

    // ---- the unit gets the return mail, fixes the report and sends it again ----
    let returnMail: Mail | undefined
    await expect
      .poll(async () => {
        returnMail = (await mailsOf(request, unit.user.email)).find((m) => m.text.includes(`${marker}-tra-lai`))
        return !!returnMail
      }, { timeout: 60_000 })
      .toBe(true)
    const link = UUID_PATH.exec(returnMail!.text)
    expect(link?.[1], 'the return mail links to the requirement').toBe(requirement!.id)

    await login(page, UNIT)
    await page.goto(link![0])
    await expect(page.getByTestId('report-status')).toHaveText('Bị trả lại')
    await expect(page.getByTestId('report-returned')).toContainText(reason)
    await expect(page.getByTestId('due-countdown')).toHaveText(/Còn \d+ ngày/)
    save = saved()
    await page.getByTestId('targets-0-numerator').fill('46')
    await expect(page.getByTestId('targets-0-computed')).toHaveText('92 %')
    expect((await save).status()).toBe(200)
    await expect(page.getByTestId('save-status').first()).toHaveText(/Đã lưu lúc \d{2}:\d{2}/)
    const resubmitted = page.waitForResponse((r) => r.url().endsWith('/submit') && r.request().method() === 'POST')
    await page.getByTestId('report-submit').click()
    await page.getByTestId('submit-confirm').click()
    expect((await resubmitted).status()).toBe(200)
    await expect(page.getByTestId('report-status')).toHaveText('Đã gửi, chờ tiếp nhận')
    await logout(page)

    // ---- the office accepts it; its history tells every step ----
    await login(page, OFFICE)
    await page.goto(`/reports/review?periodId=${periodId}`)
    const again = page.getByTestId('review-table').getByRole('row').filter({ hasText: unit.user.unitName })
    await expect(again).toContainText('Đã trả lại 1 lần')
    await again.getByTestId('review-row-accept').click()
    const accepted = page.waitForResponse((r) => r.url().endsWith('/accept') && r.request().method() === 'POST')
    await page.getByTestId('review-accept-dialog').getByTestId('review-accept-confirm').click()
    expect((await accepted).status()).toBe(200)
    await page.goto(`/reports/requirements/${requirement!.id}`)
    await expect(page.getByTestId('report-status')).toHaveText('Đã tiếp nhận')
    const history = page.getByTestId('report-history')
    // Sent, returned, sent again, accepted (and the draft's creation, if the service records it).
    await expect.poll(() => history.getByTestId('history-entry').count()).toBeGreaterThanOrEqual(4)
    await expect(history).toContainText('Trả lại')
    await expect(history).toContainText(reason)
    await expect(history).toContainText('Tiếp nhận')
    await expect(page.getByTestId('attachment-item')).toContainText(`minh-chung-${marker}.pdf`)

    // The period detail shows the unit's report accepted.
    await page.goto(`/reports/periods/${periodId}`)
    await expect(page.getByTestId('period-units')).toContainText(unit.user.unitName)
    await expect(page.getByTestId('period-units')).toContainText('Đã tiếp nhận')
    await logout(page)

    // ---- the commune's consolidated report carries the unit's values ----
    const assembled = await request.post(`/api/v1/reporting-periods/${periodId}/consolidation`, { headers: auth(office), data: {} })
    expect([200, 201], await assembled.text()).toContain(assembled.status())
    const consolidation = await (await request.get(`/api/v1/reporting-periods/${periodId}/consolidation`, { headers: auth(office) })).json()
    const text = JSON.stringify(consolidation)
    expect(text).toContain(unit.user.unitName)
    expect(text).toContain(narrative)
    const targetRows = objectsIn(consolidation, (o) => o.targetId === targetId)
    expect(targetRows.length, 'the target in the consolidation').toBeGreaterThan(0)
    expect(targetRows.flatMap(numbersIn)).toEqual(expect.arrayContaining([46, 50]))

    // ---- the dashboard counts it as on time ----
    await expect
      .poll(async () => {
        const r = await request.get(`/api/v1/dashboards/completeness?periodId=${periodId}`, { headers: auth(office) })
        if (!r.ok()) return null
        const d = await r.json()
        return { onTime: d.totals?.onTime, late: d.totals?.late, accepted: d.totals?.accepted }
      }, { timeout: 30_000 })
      .toEqual({ onTime: 1, late: 0, accepted: 1 })
    const dashboard = await (await request.get(`/api/v1/dashboards/completeness?periodId=${periodId}`, { headers: auth(office) })).json()
    const unitRow = (dashboard.byUnit as Array<{ unitId: string; late: boolean; periodId: string }>).find((r) => r.unitId === unit.user.unitId && r.periodId === periodId)
    expect(unitRow?.late).toBe(false)

    // ---- the same, as the office sees it in the SPA ----
    await login(page, OFFICE)
    await page.goto(`/consolidation/${periodId}`)
    await expect(page.getByTestId('consolidation-period')).toContainText(marker)
    // The commune's text starts as the units' texts under their names; the sources open on a click.
    expect(await page.getByRole('textbox').first().inputValue()).toContain(narrative)
    await page.getByText(/Báo cáo của các đơn vị \(1\)/).first().click()
    await expect(page.getByText(unit.user.unitName).first()).toBeVisible()
    const targetsRow = page.getByRole('row').filter({ hasText: 'CT01' })
    await expect(targetsRow).toContainText('46')
    await expect(targetsRow).toContainText('50')
    await page.goto(`/dashboards?year=${due.year}&planId=${plan.id}&periodId=${periodId}`)
    await expect(page.getByTestId('stat-onTime')).toContainText('1')
    await expect(page.getByTestId('stat-late')).toContainText('0')
    await expect(page.getByTestId('by-unit-table')).toContainText(unit.user.unitName)
  })
})
