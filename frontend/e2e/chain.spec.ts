import { expect, test, type APIRequestContext } from '@playwright/test'

// The walking skeleton across all four services, through the SPA's proxy and a real broker:
// office drafts → leader issues → report-service opens periods → award-service knows the plan →
// notification-service records the deadline and mails the unit's user through SMTP (GreenMail);
// then an amendment moves the due day and both copies of the deadline follow.

const PASSWORD = process.env.E2E_PASSWORD || 'thidua-demo'
const MAIL_API = process.env.E2E_MAIL_API || 'http://127.0.0.1:8025'
const VN_OFFSET_MS = 7 * 60 * 60 * 1000

type Session = { token: string; user: { unitId: string; unitPath: string; email: string; fullName: string } }

async function login(request: APIRequestContext, username: string): Promise<Session> {
  const response = await request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } })
  expect(response.status(), `login ${username}`).toBe(200)
  const body = await response.json()
  return { token: body.accessToken, user: body.user }
}

function auth(session: Session) {
  return { Authorization: `Bearer ${session.token}` }
}

/** A due day about three weeks ahead, in Vietnam's calendar. */
function upcomingDue() {
  const due = new Date(Date.now() + VN_OFFSET_MS + 21 * 24 * 60 * 60 * 1000)
  return { day: due.getUTCDate(), month: due.getUTCMonth() + 1, year: due.getUTCFullYear() }
}

test('issuing a plan opens reporting periods, records it for awards and mails the unit', async ({ request }) => {
  test.setTimeout(120_000)
  const office = await login(request, 'kienan.office')
  const leader = await login(request, 'kienan.leader')
  const unit = await login(request, 'kienan.unit')

  const marker = `chuỗi kiểm thử ${Date.now().toString(36)}`
  const due = upcomingDue()
  const communeId = (
    await (await request.get(`/api/v1/units?q=${encodeURIComponent('Kiến An')}&kind=WARD`, { headers: auth(office) })).json()
  ).items[0].id as string
  const officeUnitId = (
    await (await request.get(`/api/v1/units?q=${encodeURIComponent('Văn hóa')}`, { headers: auth(office) })).json()
  ).items[0].id as string

  const created = await request.post('/api/v1/plans', {
    headers: auth(office),
    data: {
      title: `Kế hoạch thi đua chuyển đổi số (${marker})`,
      issuingUnitId: communeId,
      addresseeUnitIds: [unit.user.unitId],
      reportingObligations: [
        {
          title: `Báo cáo ${marker}`,
          recipientUnitId: officeUnitId,
          dueDay: due.day,
          dueMonth: due.month,
          firstYear: due.year,
          lastYear: due.year,
        },
      ],
    },
  })
  expect(created.status()).toBe(201)
  const plan = await created.json()

  const issued = await request.post(`/api/v1/plans/${plan.id}/issue`, {
    headers: auth(leader),
    data: { version: plan.version },
  })
  expect(issued.status()).toBe(200)
  // The number is the system's: the next N/KH-UBND of the ward for the year.
  expect((await issued.json()).number).toMatch(/^\d+\/KH-UBND$/)

  // report-service: one period for the year, one requirement for the unit, due at 00:00 Vietnam time.
  const expectedDueAt = new Date(Date.UTC(due.year, due.month - 1, due.day) - VN_OFFSET_MS).toISOString().replace('.000', '')
  await expect
    .poll(async () => {
      const r = await request.get(`/api/v1/reporting-periods?planId=${plan.id}`, { headers: auth(unit) })
      return r.ok() ? (await r.json()).items.map((p: { dueAt: string }) => p.dueAt) : []
    }, { timeout: 60_000 })
    .toEqual([expectedDueAt])

  // award-service knows the plan.
  await expect
    .poll(async () => (await request.get(`/api/v1/award-plans/${plan.id}`, { headers: auth(office) })).status(), {
      timeout: 60_000,
    })
    .toBe(200)

  // notification-service: the unit's deadline, and the e-mail in the SMTP sink.
  await expect
    .poll(async () => {
      const r = await request.get('/api/v1/deadlines?size=100', { headers: auth(unit) })
      return r.ok() ? (await r.json()).items.filter((d: { planId: string }) => d.planId === plan.id).length : -1
    }, { timeout: 60_000 })
    .toBe(1)

  await expect
    .poll(async () => {
      const r = await request.get(`${MAIL_API}/api/user/${encodeURIComponent(unit.user.email)}/messages/INBOX`)
      if (!r.ok()) return ''
      const messages = (await r.json()) as Array<{ subject?: string }>
      return messages.map((m) => m.subject ?? '').find((s) => s.includes(marker)) ?? ''
    }, { timeout: 60_000 })
    .toContain('Hạn báo cáo')

  // An amendment moves the due day: report-service moves the open period (PlanAmended) and
  // notification-service the unit's deadline (ReportingPeriodChanged), through the broker.
  const current = await (await request.get(`/api/v1/plans/${plan.id}`, { headers: auth(office) })).json()
  const amended = await request.post(`/api/v1/plans/${plan.id}/amend`, {
    headers: auth(office),
    data: { version: current.version, reason: `Điều chỉnh hạn báo cáo (${marker})` },
  })
  expect(amended.status(), await amended.text()).toBe(200)
  const draft = await amended.json()
  const newDay = due.day <= 21 ? due.day + 7 : due.day - 7
  const patched = await request.patch(`/api/v1/plans/${plan.id}`, {
    headers: auth(office),
    data: {
      version: draft.version,
      reportingObligations: draft.reportingObligations.map((o: Record<string, unknown>) => ({
        id: o.id, title: o.title, kind: o.kind, reporters: o.reporters, recipientUnitId: o.recipientUnitId,
        dueDay: newDay, dueMonth: o.dueMonth, dueDate: o.dueDate, firstYear: o.firstYear, lastYear: o.lastYear,
        secondHop: o.secondHop,
      })),
    },
  })
  expect(patched.status(), await patched.text()).toBe(200)
  const reissued = await request.post(`/api/v1/plans/${plan.id}/issue`, {
    headers: auth(leader),
    data: { version: (await patched.json()).version },
  })
  expect(reissued.status(), await reissued.text()).toBe(200)
  expect((await reissued.json()).planVersion).toBe(2)
  const movedDueAt = new Date(Date.UTC(due.year, due.month - 1, newDay) - VN_OFFSET_MS).toISOString().replace('.000', '')
  await expect
    .poll(async () => {
      const r = await request.get(`/api/v1/reporting-periods?planId=${plan.id}`, { headers: auth(unit) })
      return r.ok() ? (await r.json()).items.map((p: { dueAt: string }) => p.dueAt) : []
    }, { timeout: 60_000 })
    .toEqual([movedDueAt])
  await expect
    .poll(async () => {
      const r = await request.get('/api/v1/deadlines?size=100', { headers: auth(unit) })
      return r.ok()
        ? (await r.json()).items.filter((d: { planId: string }) => d.planId === plan.id).map((d: { dueAt: string }) => d.dueAt)
        : []
    }, { timeout: 60_000 })
    .toEqual([movedDueAt])
})

test('a unit moved to another commune keeps its reporting periods under its new path (sáp nhập)', async ({ request }) => {
  test.setTimeout(120_000)
  const admin = await login(request, 'admin')
  const office = await login(request, 'kienan.office')
  const leader = await login(request, 'kienan.leader')
  const marker = Date.now().toString(36)
  const due = upcomingDue()
  const unitOf = async (q: string, kind: string) =>
    (await (await request.get(`/api/v1/units?q=${encodeURIComponent(q)}&kind=${kind}`, { headers: auth(admin) })).json()).items[0]
  const kienAn = await unitOf('Kiến An', 'WARD')
  const vinhBao = await unitOf('Vĩnh Bảo', 'COMMUNE')
  const officeUnitId = (
    await (await request.get(`/api/v1/units?q=${encodeURIComponent('Văn hóa')}`, { headers: auth(office) })).json()
  ).items[0].id as string

  // A residential group of Kiến An with its focal officer.
  const createdUnit = await request.post('/api/v1/units', {
    headers: auth(admin),
    data: { parentId: kienAn.id, code: `tdp-${marker}`, name: `Tổ dân phố thử ${marker}`, kind: 'VILLAGE' },
  })
  expect(createdUnit.status(), await createdUnit.text()).toBe(201)
  const group = await createdUnit.json()
  const username = `tdp.${marker}`
  const temporary = 'Tam-thoi-2026!tdp'
  const createdUser = await request.post('/api/v1/users', {
    headers: auth(admin),
    data: { username, fullName: 'Cán bộ tổ dân phố', email: `${username}@thiduaso.local`, roles: ['unit'], unitId: group.id, temporaryPassword: temporary },
  })
  expect(createdUser.status(), await createdUser.text()).toBe(201)
  const groupLogin = async () => {
    const r = await request.post('/api/v1/auth/login', { data: { username, password: temporary } })
    expect(r.status()).toBe(200)
    return { token: (await r.json()).accessToken as string }
  }

  // Kiến An's plan addresses it; report-service opens its requirement.
  const plan = await (
    await request.post('/api/v1/plans', {
      headers: auth(office),
      data: {
        title: `Kế hoạch sáp nhập thử ${marker}`, issuingUnitId: kienAn.id, addresseeUnitIds: [group.id],
        reportingObligations: [{ title: `Báo cáo ${marker}`, recipientUnitId: officeUnitId, dueDay: due.day, dueMonth: due.month, firstYear: due.year, lastYear: due.year }],
      },
    })
  ).json()
  expect((await request.post(`/api/v1/plans/${plan.id}/issue`, { headers: auth(leader), data: { version: plan.version } })).status()).toBe(200)
  const before = await groupLogin()
  const periodsFor = async (token: string) => {
    const r = await request.get(`/api/v1/reporting-periods?planId=${plan.id}`, { headers: { Authorization: `Bearer ${token}` } })
    return r.ok() ? (await r.json()).items.length : -1
  }
  await expect.poll(() => periodsFor(before.token), { timeout: 60_000 }).toBe(1)

  // Merged into Vĩnh Bảo: plan-service republishes the subtree; report-service rewrites its copies.
  const moved = await request.post(`/api/v1/units/${group.id}/move`, {
    headers: auth(admin),
    data: { newParentId: vinhBao.id, version: group.version },
  })
  expect(moved.status(), await moved.text()).toBe(200)
  expect((await moved.json()).path).toBe(`${vinhBao.path}/tdp-${marker}`)
  const after = await groupLogin()
  await expect.poll(() => periodsFor(after.token), { timeout: 60_000 }).toBe(1)
  // A token still carrying the old path no longer reaches it.
  await expect.poll(() => periodsFor(before.token), { timeout: 60_000 }).toBe(0)
})
