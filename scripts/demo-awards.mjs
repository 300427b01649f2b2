#!/usr/bin/env node
// Demo award round for ./run.sh: kienan.office opens this year's annual award round from the Kiến An
// demo plan, and kienan.unit sends one nomination into it (an individual for Giấy khen của Chủ tịch
// UBND phường, with a tờ trình attached), so that the office's intake queue has a dossier to take in
// on the first visit. Through the real API, the same endpoints as the SPA.
// Running it twice changes nothing: an existing round of the plan for this year is reused, and a
// nomination the unit already has in it is left alone.
// Usage: node scripts/demo-awards.mjs [base URL, default http://127.0.0.1:8080]
const BASE = process.argv[2] || 'http://127.0.0.1:8080'
const PASSWORD = process.env.DEMO_PASSWORD || 'thidua-demo'
const FORM = 'giay-khen-chu-tich-ubnd-xa'
const VN_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const vnDate = (days = 0) => new Date(Date.now() + VN_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10)
// award-service keeps the nomination deadline as an instant: the end of that day in Vietnam.
const endOfVnDay = (day) => new Date(`${day}T23:59:59+07:00`).toISOString()
const YEAR = Number(vnDate().slice(0, 4))

async function call(method, path, token, body) {
  const isForm = body instanceof FormData
  const response = await fetch(BASE + path, {
    method,
    headers: { ...(isForm || body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 300)}`)
  return text ? JSON.parse(text) : null
}
const login = async (username) => (await call('POST', '/api/v1/auth/login', null, { username, password: PASSWORD })).accessToken
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** The Kiến An plan in award-service's read model, waiting up to 60 s for PlanIssued on a first start. */
async function demoPlan(officeToken) {
  for (let i = 0; i < 30; i++) {
    const page = await call('GET', '/api/v1/award-plans?size=100', officeToken)
    const found = page.items.find((p) => p.planTitle.includes('Cả nước thi đua đổi mới sáng tạo và chuyển đổi số'))
    if (found) return found
    await sleep(2000)
  }
  return null
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)

try {
  const office = await login('kienan.office')
  const unitLogin = await call('POST', '/api/v1/auth/login', null, { username: 'kienan.unit', password: PASSWORD })
  const unit = unitLogin.accessToken
  const plan = await demoPlan(office)
  if (!plan) {
    console.log('demo-awards: the Kiến An plan is not in award-service yet')
    process.exit(0)
  }

  const rounds = await call('GET', `/api/v1/award-rounds?year=${YEAR}&size=100`, office)
  let round = rounds.items.find((r) => r.planId === plan.planId && r.occasion === 'ANNUAL')
  if (!round) {
    round = await call('POST', '/api/v1/award-rounds', office, {
      planId: plan.planId,
      occasion: 'ANNUAL',
      year: YEAR,
      title: `Khen thưởng thành tích thực hiện Phong trào thi đua năm ${YEAR}`,
      nominationDeadline: endOfVnDay(vnDate(21)),
      councilDate: vnDate(28),
      decisionDate: vnDate(35),
    })
    console.log(`demo-awards: kienan.office opened the ${YEAR} annual round`)
  }

  if (round.status !== 'OPEN' || Date.parse(round.nominationDeadline) <= Date.now()) {
    console.log(`demo-awards: the ${YEAR} round takes no more nominations (${round.status}, deadline ${round.nominationDeadline})`)
    process.exit(0)
  }
  const mine = await call('GET', `/api/v1/nominations?roundId=${round.id}&formCode=${FORM}&size=100`, unit)
  if (mine.items.length > 0) {
    console.log(`demo-awards: kienan.unit already has a nomination in the ${YEAR} round`)
    process.exit(0)
  }
  const ruleSet = await call('GET', `/api/v1/award-rule-sets/in-force?on=${vnDate()}`, unit)
  const rule = ruleSet.rules.find((r) => r.formCode === FORM)
  let nomination = await call('POST', '/api/v1/nominations', unit, {
    roundId: round.id,
    formCode: FORM,
    nomineeKind: 'INDIVIDUAL',
    nominee: {
      fullName: 'Vũ Thị Minh Ngọc',
      dateOfBirth: '1988-09-21',
      gender: 'FEMALE',
      position: 'Viên chức bộ phận một cửa',
      unitId: unitLogin.user.unitId,
      unitName: unitLogin.user.unitName,
    },
    achievements:
      `Năm ${YEAR} hoàn thành xuất sắc nhiệm vụ; trực tiếp hướng dẫn hơn 300 lượt người dân nộp hồ sơ dịch vụ công trực tuyến toàn trình, ` +
      'tham gia tích cực phong trào “Bình dân học vụ số” tại tổ dân phố.',
    standards: (rule?.standards ?? [])
      .filter((s) => !s.appliesTo?.length || s.appliesTo.includes('INDIVIDUAL'))
      .map((s) => ({ code: s.code, met: true, note: null })),
    reportIds: [],
  })
  const form = new FormData()
  form.append('kind', 'SUBMISSION_LETTER')
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'to-trinh-de-nghi-khen-thuong.pdf')
  await call('POST', `/api/v1/nominations/${nomination.id}/attachments`, unit, form)
  // POST /submit takes no body (like the SPA, send {}): the eligibility runs again and the rule set is stamped.
  nomination = await call('POST', `/api/v1/nominations/${nomination.id}/submit`, unit, {})
  console.log(`demo-awards: kienan.unit sent a nomination (${nomination.status}) into the ${YEAR} round`)
} catch (e) {
  console.error(`demo-awards: ${e.message}`)
  process.exit(1)
}
