#!/usr/bin/env node
// Demo reports for ./run.sh: each demo commune's unit writes its report of the current year's annual
// period through the real API (the same endpoints as the SPA), so that the review queue, the dashboards
// and the consolidation have something to show on the first visit:
//   Kiến An   — kienan.unit keeps a draft (narratives and target values, not sent yet);
//   Vĩnh Bảo  — vinhbao.unit sends its report (it waits in vinhbao.office's review queue);
//   Vĩnh Linh — vinhlinh.unit sends its report and vinhlinh.office accepts it (ready to consolidate).
// A requirement that already has a report is left alone: running it twice changes nothing.
// Usage: node scripts/demo-reports.mjs [base URL, default http://127.0.0.1:8080]
const BASE = process.argv[2] || 'http://127.0.0.1:8080'
const PASSWORD = process.env.DEMO_PASSWORD || 'thidua-demo'
const YEAR = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()))

async function call(method, path, token, body) {
  const response = await fetch(BASE + path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 300)}`)
  return text ? JSON.parse(text) : null
}
const token = async (username) => (await call('POST', '/api/v1/auth/login', null, { username, password: PASSWORD })).accessToken
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** The unit's annual requirement of this year, waiting up to 60 s for plan → Kafka → report-service on a first start. */
async function requirementOf(unitToken) {
  for (let i = 0; i < 30; i++) {
    const page = await call('GET', `/api/v1/report-requirements?year=${YEAR}&size=50`, unitToken)
    const found = page.items.find((r) => !r.period.secondHop && r.period.kind === 'ANNUAL')
    if (found) return found
    await sleep(2000)
  }
  return null
}

const flatten = (contents) => contents.flatMap((c) => [c, ...flatten(c.children ?? [])])

async function writeReport(username, action, officeUsername) {
  const unitToken = await token(username)
  const requirement = await requirementOf(unitToken)
  if (!requirement) return console.log(`demo-reports: no ${YEAR} requirement for ${username} yet`)
  if (requirement.report) return console.log(`demo-reports: ${username} already has its ${YEAR} report`)
  let report = await call('POST', '/api/v1/reports', unitToken, { requirementId: requirement.id })
  const form = await call('GET', `/api/v1/report-requirements/${requirement.id}/form`, unitToken)
  report = await call('PUT', `/api/v1/reports/${report.id}`, unitToken, {
    version: report.version,
    summary: `Năm ${YEAR}, đơn vị triển khai đầy đủ các nội dung của kế hoạch, gắn với nhiệm vụ chuyển đổi số và phong trào “Bình dân học vụ số”.`,
    contents: flatten(form.contents).slice(0, 3).map((c) => ({
      contentId: c.id,
      text: `Đã quán triệt, tuyên truyền nội dung “${c.title}” tới toàn thể cán bộ, hội viên; kết quả cụ thể nêu tại phần chỉ tiêu.`,
    })),
    // Percentages 45/50 = 90 %; a count gets the target's own value.
    targets: form.targets.map((t) => (t.percentage
      ? { targetId: t.id, numerator: 45, denominator: 50, note: null }
      : { targetId: t.id, value: t.targetValue ?? 1, note: null })),
    difficulties: 'Một số cán bộ lớn tuổi còn hạn chế về kỹ năng sử dụng thiết bị số.',
    proposals: 'Đề nghị UBND hỗ trợ thêm thiết bị và tập huấn kỹ năng số cho cơ sở.',
    selfAssessment: { grade: 'GOOD', text: 'Hoàn thành tốt nhiệm vụ được giao.' },
    proposedAwards: [],
  })
  if (action === 'draft') return console.log(`demo-reports: ${username} — draft of its ${YEAR} report`)
  report = await call('POST', `/api/v1/reports/${report.id}/submit`, unitToken, { version: report.version })
  if (action === 'submit') return console.log(`demo-reports: ${username} — ${YEAR} report sent`)
  await call('POST', `/api/v1/reports/${report.id}/accept`, await token(officeUsername), { version: report.version, note: 'Báo cáo đầy đủ.' })
  console.log(`demo-reports: ${username} — ${YEAR} report sent and accepted by ${officeUsername}`)
}

try {
  await writeReport('kienan.unit', 'draft')
  await writeReport('vinhbao.unit', 'submit')
  await writeReport('vinhlinh.unit', 'accept', 'vinhlinh.office')
} catch (e) {
  console.error(`demo-reports: ${e.message}`)
  process.exit(1)
}
