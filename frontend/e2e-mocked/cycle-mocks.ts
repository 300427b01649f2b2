import type { Page, Route } from '@playwright/test'

// The reporting cycle's endpoints (issue 6) for the consolidation, dashboard and notification
// screens, layered over mockApi (Playwright tries the routes registered last first).
const YEAR = 2026
const counts = (n: Record<string, number>) => ({ expected: 0, submitted: 0, onTime: 0, late: 0, returned: 0, accepted: 0, missing: 0, notYetDue: 0, ...n })
const page = <T>(items: T[], total = items.length) => ({ items, page: 0, size: 20, total })
const PERIOD = {
  id: 'q1', title: `Báo cáo kết quả phong trào thi đua năm ${YEAR}`, year: YEAR, kind: 'ANNUAL', dueDate: `${YEAR}-11-05`, dueAt: `${YEAR}-11-04T17:00:00Z`,
  planId: 'p1', planNumber: '12/KH-UBND', planTitle: 'Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”',
}
const CONSOLIDATION = {
  id: 'k1', version: 3, status: 'DRAFT', period: PERIOD, unit: { id: 'c1', name: 'Phường Kiến An', path: '/hp/kien-an' },
  secondHop: { periodId: 'q9', requirementId: 'r9', recipientName: 'Ban Thi đua - Khen thưởng thành phố Hải Phòng', dueDate: `${YEAR}-11-15`, dueAt: null },
  contents: [
    { contentId: 'c-1', number: '1', title: 'Thi đua nâng cao nhận thức về chuyển đổi số', text: 'Các tổ dân phố đã tổ chức 12 buổi tuyên truyền về chuyển đổi số cho người dân.',
      sources: [
        { reportId: 'r1', unitId: 'v1', unitName: 'Tổ dân phố 1', text: 'Tổ chức 5 buổi tuyên truyền tại nhà văn hóa.' },
        { reportId: 'r2', unitId: 'v2', unitName: 'Tổ dân phố 2', text: 'Tổ chức 7 buổi tuyên truyền.' },
      ] },
    { contentId: 'c-2', number: '2', title: 'Thi đua phổ cập kỹ năng số', text: '', sources: [] },
  ],
  targets: [
    { targetId: 't1', targetCode: 'CT01', targetName: 'Tỷ lệ hộ gia đình sử dụng dịch vụ công trực tuyến', unitOfMeasure: '%', percentage: true, comparison: 'GTE', numeratorSum: 850, denominatorSum: 1000, valueSum: null, ratio: 85, targetValue: 80, attained: true },
    { targetId: 't2', targetCode: 'CT02', targetName: 'Số buổi tuyên truyền', unitOfMeasure: 'buổi', percentage: false, comparison: 'GTE', numeratorSum: null, denominatorSum: null, valueSum: 12, ratio: null, targetValue: 20, attained: false },
  ],
  missingUnits: [{ unitId: 'v3', unitName: 'Tổ dân phố 3', unitPath: '/hp/kien-an/tdp-3', reportStatus: 'RETURNED', dueAt: `${YEAR}-11-12T17:00:00Z` }],
  summary: 'Phong trào được triển khai rộng khắp.', difficulties: '', proposals: '',
  history: [{ at: `${YEAR}-11-06T02:00:00Z`, actor: 'kienan.office', action: 'ASSEMBLED', fromStatus: null, toStatus: 'DRAFT', reason: null }],
}
const UNITS = ['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3', 'Tổ dân phố 4', 'Trường THCS Kiến An', 'Hội Phụ nữ phường']
const COMPLETENESS = {
  asOf: `${YEAR}-11-20T03:00:00Z`,
  totals: counts({ expected: 6, submitted: 4, onTime: 3, late: 1, returned: 1, accepted: 3, missing: 2 }),
  byUnitKind: [
    { unitKind: 'VILLAGE', counts: counts({ expected: 4, submitted: 3, onTime: 2, late: 1, accepted: 2, missing: 1 }) },
    { unitKind: 'SCHOOL', counts: counts({ expected: 1, submitted: 1, onTime: 1, accepted: 1 }) },
    { unitKind: 'MASS_ORGANISATION', counts: counts({ expected: 1, missing: 1 }) },
  ],
  byUnit: UNITS.map((name, i) => ({
    unitId: `v${i + 1}`, unitName: name, unitKind: i < 4 ? 'VILLAGE' : i === 4 ? 'SCHOOL' : 'MASS_ORGANISATION', unitPath: `/hp/kien-an/u${i}`, periodId: 'q1',
    status: ['ACCEPTED', 'SUBMITTED', 'MISSING', 'ACCEPTED', 'ACCEPTED', 'MISSING'][i], dueAt: `${YEAR}-11-04T17:00:00Z`,
    submittedAt: [0, 1, 3, 4].includes(i) ? `${YEAR}-11-0${i + 1}T03:00:00Z` : null, late: i === 1, lateSeconds: i === 1 ? 2 * 86400 : 0,
  })),
  periods: [{ id: 'q1', title: PERIOD.title, year: YEAR, planId: 'p1' }],
}
const ATTAINMENT = {
  planId: 'p1', year: YEAR,
  targets: [{
    targetId: 't1', targetCode: 'CT01', targetName: 'Tỷ lệ hộ gia đình sử dụng dịch vụ công trực tuyến', unitOfMeasure: '%', percentage: true, comparison: 'GTE', year: YEAR,
    targetValue: 80, value: 78.5, numerator: 785, denominator: 1000, attained: false,
    units: UNITS.slice(0, 5).map((name, i) => ({ unitId: `v${i + 1}`, unitName: name, value: [90, 65.5, 82, 71, 88][i], numerator: null, denominator: null, attained: [true, false, true, false, true][i] })),
    trend: [{ year: 2025, value: 70.2, targetValue: 75 }, { year: YEAR, value: 78.5, targetValue: 80 }, { year: 2027, value: null, targetValue: 85 }],
  }],
}
const INBOX = [
  { id: 'i1', kind: 'RETURNED', title: 'Báo cáo năm 2026 của Tổ dân phố 1 bị trả lại', body: 'Lý do: thiếu số liệu chỉ tiêu CT02. Hạn nộp lại: 12/11/2026.', link: '/reports', createdAt: `${YEAR}-11-05T02:00:00Z`, readAt: null },
  { id: 'i2', kind: 'REMINDER', title: 'Còn 3 ngày đến hạn nộp báo cáo năm 2026', body: null, link: null, createdAt: `${YEAR}-11-01T01:00:00Z`, readAt: `${YEAR}-11-01T05:00:00Z` },
]

export async function mockCycleApi(p: Page): Promise<void> {
  await p.route('**/api/v1/**', async (route: Route) => {
    const url = new URL(route.request().url())
    const path = url.pathname.replace('/api/v1', '')
    const json = (body: unknown) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) })
    if (path === '/inbox/unread-count') return json({ count: 1 })
    if (path === '/inbox') return json(page(INBOX))
    if (path === '/preferences') return json({ delivery: 'DIGEST', emailEnabled: true, language: 'vi' })
    if (path === '/preferences/calendar') return json({ url: 'https://thiduaso.example/api/v1/calendar/3f9c1e7a5b2d4c6e8f0a1b2c3d4e5f60.ics' })
    if (path.startsWith('/calendar/working-days/')) return json({ year: YEAR, source: 'DEFAULT', days: [
      { date: `${YEAR}-01-01`, kind: 'DAY_OFF', name: 'Tết Dương lịch' },
      { date: `${YEAR}-02-16`, kind: 'DAY_OFF', name: 'Nghỉ Tết Nguyên đán' },
      { date: `${YEAR}-04-26`, kind: 'DAY_OFF', name: 'Giỗ Tổ Hùng Vương' },
      { date: `${YEAR}-09-02`, kind: 'DAY_OFF', name: 'Quốc khánh' },
    ] })
    if (path === '/reporting-periods/q1/consolidation' || path === '/consolidations/k1') return json(CONSOLIDATION)
    if (path === '/consolidations') return json(page([{ ...CONSOLIDATION, status: 'SUBMITTED', submittedAt: `${YEAR}-11-14T03:00:00Z`, late: false, lateSeconds: 0 }]))
    if (path === '/reporting-periods') return json(page([{ ...PERIOD, secondHop: false, recipientUnit: { id: 'c1', name: 'Phường Kiến An', path: '/hp/kien-an' }, requirementCount: 6 }]))
    if (path === '/dashboards/completeness') return json(COMPLETENESS)
    if (path === '/dashboards/attainment') return json(ATTAINMENT)
    if (path === '/dashboards/missing') return json(page([
      { unitId: 'v3', unitName: 'Tổ dân phố 3', periodId: 'q1', dueAt: `${YEAR}-11-04T17:00:00Z`, headName: 'Phạm Minh Đức', email: 'tdp3@kienan.example', daysLeft: -16 },
      { unitId: 'v6', unitName: 'Hội Phụ nữ phường', periodId: 'q1', dueAt: `${YEAR}-11-04T17:00:00Z`, headName: 'Hoàng Lan', email: 'hpn@kienan.example', daysLeft: -16 },
    ]))
    if (path === '/plans') return json(page([{ id: 'p1', number: '12/KH-UBND', title: PERIOD.planTitle }]))
    return route.fallback()
  })
}
