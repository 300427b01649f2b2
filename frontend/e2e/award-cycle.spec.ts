import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

// The award cycle of issue 7 through the SPA against the running stack:
// a round opens from the Kiến An demo plan; kienan.unit nominates an individual for Giấy khen of
// the commune chairman with a tờ trình (PDF) attached; the eligibility results show; the office
// receives and appraises it; the office creates a council session with the five council members
// and records attendance; the chair opens the vote; four members agree and one (the member from
// kienan.unit's own unit) recuses; the chair closes it and the nomination passes (4 of 5 members,
// counted against the whole council); it is posted and shows on the public page; the test moves
// award-service's clock past the posting window (PUT /api/v1/admin/clock, never a sleep); the
// leader signs the decision; the public honours board shows the recipient; the unit got the mails.
//
// The council's, the public and the honours screens are driven in the browser. The steps whose
// screens belong to the unit/office part of the SPA (round, nomination, intake, posting, decision)
// go through the same endpoints the SPA calls, so this spec depends only on the contract.
// The stack must run award-service with THIDUASO_AWARD_CLOCK_CONTROL_ENABLED=true.

const OFFICE = process.env.E2E_OFFICE_USER || 'kienan.office'
const LEADER = process.env.E2E_LEADER_USER || 'kienan.leader'
const UNIT = process.env.E2E_UNIT_USER || 'kienan.unit'
const ADMIN = process.env.E2E_ADMIN_USER || 'admin'
const COUNCIL = ['kienan.council', 'kienan.council2', 'kienan.council3', 'kienan.council4', 'kienan.council5']
const COMMUNE_CODE = process.env.E2E_COMMUNE_CODE || 'kien-an'
const PASSWORD = process.env.E2E_PASSWORD || 'thidua-demo'
const MAIL_API = process.env.E2E_MAIL_API || 'http://127.0.0.1:8025'
// The award clock's control (PUT /api/v1/admin/clock, admin only) goes through the SPA's origin like
// every call: the proxy (proxy-routes.ts, nginx.conf) sends /api/v1/admin to award-service.
// E2E_AWARD_API may point straight at award-service (e.g. http://127.0.0.1:8083) instead.
const AWARD_API = process.env.E2E_AWARD_API || ''
const FORM = 'giay-khen-chu-tich-ubnd-xa'
const DAY_MS = 24 * 60 * 60 * 1000
const VN_OFFSET_MS = 7 * 60 * 60 * 1000

type Session = { token: string; user: { id: string; unitId: string; unitName: string; unitPath: string; email: string; fullName: string } }

async function apiLogin(request: APIRequestContext, username: string): Promise<Session> {
  const response = await request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } })
  expect(response.status(), `login ${username}`).toBe(200)
  const body = await response.json()
  return { token: body.accessToken, user: body.user }
}
const auth = (s: Session) => ({ Authorization: `Bearer ${s.token}` })

async function ok<T = unknown>(response: Promise<import('@playwright/test').APIResponse>, what: string, status: number[] = [200, 201]): Promise<T> {
  const r = await response
  const text = await r.text()
  expect(status, `${what}: ${r.status()} ${text.slice(0, 500)}`).toContain(r.status())
  return (text ? JSON.parse(text) : null) as T
}

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

/** yyyy-MM-dd in Vietnam, `days` from now. */
function vnDate(days = 0): string {
  return new Date(Date.now() + VN_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10)
}
/** The instant ending that Vietnamese day (award-service keeps the nomination deadline as an instant). */
const endOfVnDay = (day: string) => new Date(`${day}T23:59:59+07:00`).toISOString()
const thisYear = Number(vnDate().slice(0, 4))

/** A small but well-formed PDF: award-service sniffs the content (magic bytes), not the name. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)

// ---- GreenMail (as in report-cycle.spec.ts) ----

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
async function mailsAbout(request: APIRequestContext, email: string, marker: string): Promise<string[]> {
  const r = await request.get(`${MAIL_API}/api/user/${encodeURIComponent(email)}/messages/INBOX`)
  if (!r.ok()) return []
  const messages = (await r.json()) as Array<{ subject?: string; mimeMessage?: string }>
  return messages.map((m) => `${m.subject ?? ''}\n${mimeText(m.mimeMessage ?? '')}`).filter((text) => text.includes(marker))
}

async function setAwardClock(request: APIRequestContext, admin: Session, offsetSeconds: number) {
  await ok(request.put(`${AWARD_API}/api/v1/admin/clock`, { headers: auth(admin), data: { offsetSeconds } }), 'award clock', [200, 204])
}

test.describe('Chu trình khen thưởng', () => {
  test('a round from the demo plan, a nomination, the council vote with a recusal, the posting, the signed decision and the honours board', async ({ page, request }) => {
    test.setTimeout(600_000)
    const marker = `kt-${Date.now().toString(36)}`
    const nomineeName = `Đặng Thị Thu Trang ${marker}`
    const office = await apiLogin(request, OFFICE)
    const leader = await apiLogin(request, LEADER)
    const unit = await apiLogin(request, UNIT)
    const admin = await apiLogin(request, ADMIN)
    await setAwardClock(request, admin, 0)

    try {
      // ---- the round, from the Kiến An demo plan (the office's round setup screen sends this) ----
      const plans = await ok<{ items: Array<{ planId: string; planTitle: string; issuingUnitName: string }> }>(
        request.get('/api/v1/award-plans?size=100', { headers: auth(office) }),
        'award plans',
      )
      const plan = plans.items.find((p) => p.planTitle.includes('Cả nước thi đua đổi mới sáng tạo và chuyển đổi số'))
      expect(plan, 'the Kiến An demo plan in award-service').toBeTruthy()
      // One annual round per plan and year (409 otherwise): scripts/demo-awards.mjs (run.sh) opens this
      // year's, so take the first year from this one without an ANNUAL round of the plan — the spec can
      // run again on the same stack. award-service accepts years up to 2100 and does not bound them by
      // the plan's 2025–2030.
      let year = 0
      for (let y = thisYear; y <= thisYear + 40 && !year; y++) {
        const rounds = await ok<{ items: Array<{ planId: string | null; occasion: string }> }>(request.get(`/api/v1/award-rounds?year=${y}&size=100`, { headers: auth(office) }), 'rounds')
        if (!rounds.items.some((r) => r.planId === plan!.planId && r.occasion === 'ANNUAL')) year = y
      }
      expect(year, 'a plan year without an annual round yet').toBeGreaterThan(0)
      const round = await ok<{ id: string; year: number; forms: Array<{ code: string }>; communeId: string }>(
        request.post('/api/v1/award-rounds', {
          headers: auth(office),
          data: {
            planId: plan!.planId,
            occasion: 'ANNUAL',
            year,
            title: `Khen thưởng phong trào năm ${year} (${marker})`,
            // The council may meet and vote before the deadline; its date must not be before the deadline's day.
            nominationDeadline: endOfVnDay(vnDate(14)),
            councilDate: vnDate(15),
            decisionDate: vnDate(21),
          },
        }),
        'open the round',
        [201],
      )
      expect(round.forms.map((f) => f.code)).toContain(FORM)

      // ---- kienan.unit nominates an individual with a tờ trình (the unit's nomination form sends this) ----
      const ruleSet = await ok<{ rules: Array<{ formCode: string; standards: Array<{ code: string; appliesTo: string[] }> }> }>(
        request.get(`/api/v1/award-rule-sets/in-force?on=${vnDate()}`, { headers: auth(unit) }),
        'rule set in force',
      )
      const rule = ruleSet.rules.find((r) => r.formCode === FORM)!
      const draft = await ok<{ id: string; version: number; status: string }>(
        request.post('/api/v1/nominations', {
          headers: auth(unit),
          data: {
            roundId: round.id,
            formCode: FORM,
            nomineeKind: 'INDIVIDUAL',
            nominee: { fullName: nomineeName, dateOfBirth: '1986-04-12', gender: 'FEMALE', position: 'Viên chức', unitId: unit.user.unitId, unitName: unit.user.unitName },
            achievements: `Hoàn thành xuất sắc nhiệm vụ năm ${year}; hướng dẫn 120 người dân sử dụng dịch vụ công trực tuyến (${marker}).`,
            standards: rule.standards.filter((s) => !s.appliesTo?.length || s.appliesTo.includes('INDIVIDUAL')).map((s) => ({ code: s.code, met: true, note: null })),
            reportIds: [],
          },
        }),
        'create the nomination',
        [201],
      )
      expect(draft.status).toBe('DRAFT')
      const upload = await request.post(`/api/v1/nominations/${draft.id}/attachments`, {
        headers: auth(unit),
        multipart: { kind: 'SUBMISSION_LETTER', file: { name: `to-trinh-${marker}.pdf`, mimeType: 'application/pdf', buffer: PDF } },
      })
      expect(upload.status(), await upload.text()).toBe(201)

      // The eligibility results, item by item, as the form's panel shows them.
      const eligibility = await ok<{ passed: boolean; ruleSetCode: string | null; checks: Array<{ check: string; passed: boolean }> }>(
        request.get(`/api/v1/nominations/${draft.id}/eligibility`, { headers: auth(unit) }),
        'eligibility',
      )
      expect(eligibility.checks.map((c) => c.check)).toEqual(expect.arrayContaining(['FORM_OFFERED', 'RECIPIENT_KIND', 'STANDARDS', 'INTERVAL', 'DUPLICATE']))
      expect(eligibility.checks.filter((c) => !c.passed), JSON.stringify(eligibility.checks)).toEqual([])
      expect(eligibility.passed).toBe(true)
      expect(eligibility.ruleSetCode, 'the rule set the live check used').toBeTruthy()
      // POST /submit takes no body (the SPA sends {}): it runs the eligibility again and stamps the rule set.
      const submitted = await ok<{ status: string; ruleSetCode: string | null; eligibility: { passed: boolean }; attachments: Array<{ kind: string }> }>(
        request.post(`/api/v1/nominations/${draft.id}/submit`, { headers: auth(unit), data: {} }),
        'submit',
      )
      expect(submitted.status).toBe('SUBMITTED')
      expect(submitted.eligibility.passed).toBe(true)
      expect(submitted.ruleSetCode).toBeTruthy()
      expect(submitted.attachments.map((a) => a.kind)).toContain('SUBMISSION_LETTER')

      // The unit's dossier page shows the stored eligibility, item by item (the link of the receipt mail).
      await login(page, UNIT)
      await page.goto(`/awards/nominations/${draft.id}`)
      await expect(page.getByTestId('eligibility-summary')).toHaveText('Đủ điều kiện')
      for (const check of ['FORM_OFFERED', 'RECIPIENT_KIND', 'STANDARDS', 'INTERVAL', 'DUPLICATE']) {
        await expect(page.getByTestId(`eligibility-check-${check}`)).toHaveAttribute('data-passed', 'true')
      }
      await logout(page)

      // ---- the office takes it in and appraises it (the intake queue sends this) ----
      await ok(request.post(`/api/v1/nominations/${draft.id}/receive`, { headers: auth(office), data: {} }), 'receive')
      const appraised = await ok<{ status: string }>(
        request.post(`/api/v1/nominations/${draft.id}/appraise`, { headers: auth(office), data: { eligible: true, note: 'Hồ sơ đầy đủ, đủ điều kiện.' } }),
        'appraise',
      )
      expect(appraised.status).toBe('APPRAISED')

      // The council member who sits in kienan.unit's unit recuses (a nominee of their own unit).
      const councilUsers = await ok<{ items: Array<{ id: string; username: string; unitId: string }> }>(
        request.get('/api/v1/users?role=council&active=true&size=200', { headers: auth(office) }),
        'council users',
      )
      for (const username of COUNCIL) expect(councilUsers.items.map((u) => u.username), 'the five demo council members').toContain(username)
      const recuser = councilUsers.items.find((u) => COUNCIL.includes(u.username) && u.unitId === unit.user.unitId && u.username !== COUNCIL[0])?.username ?? COUNCIL[4]!
      const chair = COUNCIL[0]!

      // ---- the office creates the session with the five members, in the SPA ----
      await login(page, OFFICE)
      await page.getByTestId('nav-council-sessions').click()
      await expect(page).toHaveURL(/\/awards\/council$/)
      await page.goto(`/awards/council/new?roundId=${round.id}`)
      await expect(page.getByTestId(`member-${chair}`)).toBeVisible()
      for (const other of councilUsers.items.filter((u) => !COUNCIL.includes(u.username))) {
        await page.getByTestId(`include-${other.username}`).click() // not on this session
        await expect(page.getByTestId(`include-${other.username}`)).not.toHaveClass(/\bis-checked\b/)
      }
      await page.getByTestId(`seat-${chair}-CHAIR`).click()
      await page.getByTestId(`seat-${COUNCIL[1]}-SECRETARY`).click()
      for (const member of COUNCIL.slice(2)) await page.getByTestId(`seat-${member}-MEMBER`).click()
      await page.getByLabel('Tên phiên họp').fill(`Phiên họp xét khen thưởng năm ${year} (${marker})`)
      await page.getByLabel('Địa điểm').fill('Hội trường UBND phường Kiến An')
      const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/council-sessions') && r.request().method() === 'POST')
      await page.getByTestId('session-submit').click()
      expect((await created).status()).toBe(201)
      await expect(page).toHaveURL(/\/awards\/council\/[0-9a-f-]{36}$/)
      const sessionId = /\/awards\/council\/([0-9a-f-]{36})$/.exec(page.url())![1]!
      const agendaItem = page.getByTestId('agenda-item').filter({ hasText: nomineeName })
      await expect(agendaItem).toBeVisible()
      await expect(page.getByTestId('session-status')).toHaveText('Chưa mở biểu quyết')

      // Attendance: all five present (Element Plus marks a ticked box's label with is-checked).
      for (const member of COUNCIL) {
        const box = page.getByTestId(`present-${member}`)
        if (!/\bis-checked\b/.test((await box.getAttribute('class')) ?? '')) await box.click()
        await expect(box).toHaveClass(/\bis-checked\b/)
      }
      const attendance = page.waitForResponse((r) => r.url().endsWith(`/council-sessions/${sessionId}/attendance`) && r.request().method() === 'PUT')
      await page.getByTestId('save-attendance').click()
      expect((await attendance).status()).toBe(200)
      await expect(page.getByTestId('session-quorum')).toContainText('Có mặt 5/5')
      await expect(page.getByTestId('session-quorum')).toContainText('Đủ số lượng')
      await logout(page)

      // ---- the chair opens the vote ----
      await login(page, chair)
      await page.getByTestId('nav-council-sessions').click()
      await page.getByTestId('council-sessions-table').getByRole('link', { name: `Phiên họp xét khen thưởng năm ${year} (${marker})` }).click()
      await expect(page).toHaveURL(new RegExp(`/awards/council/${sessionId}$`))
      await page.getByTestId('open-voting').click()
      const opened = page.waitForResponse((r) => r.url().endsWith(`/council-sessions/${sessionId}/open`) && r.request().method() === 'POST')
      await page.getByTestId('open-voting-dialog').getByTestId('open-voting-confirm').click()
      expect((await opened).status()).toBe(200)
      await expect(page.getByTestId('session-status')).toHaveText('Đang biểu quyết')
      await logout(page)

      // ---- four members agree, one recuses with a reason ----
      for (const member of COUNCIL) {
        await login(page, member)
        await page.goto(`/awards/council/${sessionId}`)
        const item = page.getByTestId('agenda-item').filter({ hasText: nomineeName })
        await expect(item).toBeVisible()
        if (member === recuser) {
          await item.getByTestId('recuse').click()
          const dialog = page.getByTestId('recusal-dialog')
          await dialog.getByTestId('recusal-reason').fill('Người được đề nghị công tác cùng đơn vị với tôi.')
          const recused = page.waitForResponse((r) => r.url().endsWith(`/council-sessions/${sessionId}/recusals`) && r.request().method() === 'POST')
          await dialog.getByTestId('recusal-confirm').click()
          expect((await recused).status()).toBe(200)
          await expect(item.getByTestId('my-recusal')).toHaveText('Bạn không tham gia biểu quyết hồ sơ này')
        } else {
          await item.getByTestId('ballot-AGREE').click()
          const voted = page.waitForResponse((r) => r.url().endsWith(`/council-sessions/${sessionId}/ballots`) && r.request().method() === 'POST')
          await item.getByTestId('ballot-submit').click()
          expect((await voted).status()).toBe(200)
          await expect(item.getByTestId('my-choice')).toHaveText('Phiếu của bạn: Đồng ý')
        }
        await expect(item.getByTestId('ballot-submit')).toHaveCount(0)
        await logout(page)
      }

      // ---- the chair closes it: passed against the whole membership; the minutes download ----
      await login(page, chair)
      await page.goto(`/awards/council/${sessionId}`)
      await page.getByTestId('close-voting').click()
      const closed = page.waitForResponse((r) => r.url().endsWith(`/council-sessions/${sessionId}/close`) && r.request().method() === 'POST')
      await page.locator('.el-message-box').getByRole('button', { name: 'Kết thúc biểu quyết' }).click()
      expect((await closed).status()).toBe(200)
      const result = page.getByTestId('agenda-item').filter({ hasText: nomineeName })
      await expect(result.getByTestId('agenda-result')).toHaveText('Đạt')
      await expect(result.getByTestId('agenda-tally')).toContainText('4 đồng ý')
      await expect(result.getByTestId('agenda-tally')).toContainText('1 không tham gia')
      const download = page.waitForEvent('download')
      await page.getByTestId('minutes-pdf').click()
      expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
      await logout(page)
      const passed = await ok<{ status: string }>(request.get(`/api/v1/nominations/${draft.id}`, { headers: auth(office) }), 'passed nomination')
      expect(passed.status).toBe('PASSED')

      // ---- posted publicly (the office's posting screen sends this) ----
      const posting = await ok<{ id: string; endsOn: string; items: Array<{ nominationId: string }> }>(
        request.post('/api/v1/public-postings', { headers: auth(office), data: { roundId: round.id, nominationIds: [draft.id] } }),
        'post',
        [201],
      )
      expect(posting.items.map((i) => i.nominationId)).toContain(draft.id)

      // ---- the public page shows it, without signing in, reached from the login page ----
      await page.goto('/login')
      await page.getByTestId('login-public').click()
      await expect(page).toHaveURL(/\/public\/postings/)
      await page.goto(`/public/postings?commune=${COMMUNE_CODE}`)
      const card = page.getByTestId('public-posting').filter({ hasText: nomineeName })
      await expect(card).toBeVisible()
      await card.getByRole('link').first().click()
      await expect(page).toHaveURL(new RegExp(`/public/postings/${posting.id}`))
      await expect(page.getByTestId('posting-items')).toContainText(nomineeName)
      await expect(page.getByTestId('posting-items')).toContainText(unit.user.unitName)
      await expect(page.getByTestId('objection-form')).toBeVisible()

      // ---- the award clock moves past the window's last day (no sleeping) ----
      const afterWindow = Date.parse(`${posting.endsOn}T09:00:00+07:00`) + DAY_MS
      await setAwardClock(request, admin, Math.ceil((afterWindow - Date.now()) / 1000))
      await page.reload()
      await expect(page.getByTestId('objection-closed')).toBeVisible()

      // ---- the office drafts the decision, the leader signs it (the decision screens send this) ----
      const decision = await ok<{ id: string; status: string }>(
        request.post('/api/v1/decisions', {
          headers: auth(office),
          data: { roundId: round.id, title: `Quyết định khen thưởng phong trào năm ${year} (${marker})`, basis: 'Căn cứ Luật Thi đua, khen thưởng năm 2022; đề nghị của Hội đồng Thi đua - Khen thưởng phường.', nominationIds: [draft.id] },
        }),
        'draft the decision',
        [201],
      )
      expect(decision.status).toBe('DRAFT')
      const signed = await ok<{ number: string; status: string; decisionDate: string; items: Array<{ nomineeName: string; cashAmountVnd: number }> }>(
        request.post(`/api/v1/decisions/${decision.id}/sign`, { headers: auth(leader), data: {} }),
        'sign',
      )
      expect(signed.number).toMatch(/^\d+\/QĐ-UBND$/)
      expect(signed.items.find((i) => i.nomineeName === nomineeName)?.cashAmountVnd).toBeGreaterThan(0)
      const decided = await ok<{ status: string }>(request.get(`/api/v1/nominations/${draft.id}`, { headers: auth(office) }), 'decided nomination')
      expect(decided.status).toBe('DECIDED')

      // ---- the honours board shows the recipient ----
      let honoursYear = 0
      await expect
        .poll(async () => {
          for (const y of [round.year, Number(signed.decisionDate.slice(0, 4))]) {
            const r = await request.get(`/api/v1/public/honours?commune=${COMMUNE_CODE}&year=${y}&size=100`)
            if (r.ok() && JSON.stringify(await r.json()).includes(nomineeName)) honoursYear = y
          }
          return honoursYear
        }, { timeout: 30_000 })
        .toBeGreaterThan(0)
      await page.goto(`/public/honours?commune=${COMMUNE_CODE}&year=${honoursYear}`)
      const honours = page.getByTestId('honours-table').getByRole('row').filter({ hasText: nomineeName })
      await expect(honours).toContainText('Giấy khen')
      await expect(honours).toContainText(signed.number)

      // ---- the unit got the mails: receipt, council result, posting, decision ----
      await expect.poll(async () => (await mailsAbout(request, unit.user.email, marker)).length, { timeout: 90_000 }).toBeGreaterThanOrEqual(4)
      await expect.poll(async () => (await mailsAbout(request, unit.user.email, marker)).some((m) => m.includes(signed.number)), { timeout: 60_000 }).toBe(true)
    } finally {
      await setAwardClock(request, admin, 0)
    }
  })
})
