import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import DashboardPage from '@/features/dashboards/pages/DashboardPage.vue'
import { api, ApiError } from '@/lib/api-client'
import { page, renderWithApp } from '@/test/render'
import type { AttainmentView, CompletenessView, MissingRow } from '@/features/dashboards/api/types'

// jsdom has no canvas: the chart module is replaced by one that records the options it is given.
const charts = vi.hoisted(() => ({ options: [] as unknown[] }))
vi.mock('@/features/dashboards/lib/echarts', () => ({
  createChart: () => ({
    setOption: (option: unknown) => charts.options.push(option),
    resize: () => {},
    dispose: () => {},
  }),
}))

const counts = (n: Partial<Record<string, number>>) => ({ expected: 0, submitted: 0, onTime: 0, late: 0, returned: 0, accepted: 0, missing: 0, notYetDue: 0, ...n })
const completeness: CompletenessView = {
  asOf: '2025-11-20T03:00:00Z',
  totals: counts({ expected: 12, submitted: 9, onTime: 7, late: 2, returned: 1, accepted: 6, missing: 3, notYetDue: 0 }),
  byUnitKind: [
    { unitKind: 'VILLAGE', counts: counts({ expected: 8, submitted: 6, onTime: 5, late: 1, missing: 2 }) },
    { unitKind: 'SCHOOL', counts: counts({ expected: 4, submitted: 3, onTime: 2, late: 1, missing: 1 }) },
  ],
  byUnit: [
    { unitId: 'v1', unitName: 'Tổ dân phố 1', unitKind: 'VILLAGE', unitPath: '/hp/ka/v1', periodId: 'p-1', status: 'ACCEPTED', dueAt: '2025-11-04T17:00:00Z', submittedAt: '2025-11-01T03:00:00Z', late: false, lateSeconds: 0 },
    { unitId: 'v2', unitName: 'Tổ dân phố 2', unitKind: 'VILLAGE', unitPath: '/hp/ka/v2', periodId: 'p-1', status: 'SUBMITTED', dueAt: '2025-11-04T17:00:00Z', submittedAt: '2025-11-07T03:00:00Z', late: true, lateSeconds: 2 * 86_400 + 600 },
    { unitId: 'v3', unitName: 'Tổ dân phố 3', unitKind: 'VILLAGE', unitPath: '/hp/ka/v3', periodId: 'p-1', status: 'MISSING', dueAt: '2025-11-04T17:00:00Z', submittedAt: null, late: false, lateSeconds: null },
  ],
  periods: [
    { id: 'p-1', title: 'Báo cáo kết quả phong trào năm 2025', year: 2025, planId: 'plan-1' },
    { id: 'p-9', title: 'Kỳ của kế hoạch khác', year: 2025, planId: 'plan-2' },
  ],
}
const missing: MissingRow[] = [
  { unitId: 'v3', unitName: 'Tổ dân phố 3', periodId: 'p-1', dueAt: '2025-11-04T17:00:00Z', headName: 'Phạm Minh Đức', email: 'tdp3@kienan.example', daysLeft: -16 },
  { unitId: 's2', unitName: 'Trường Tiểu học Kiến An', periodId: 'p-1', dueAt: '2025-11-04T17:00:00Z', headName: 'Đỗ Thu Trang', email: 'th@kienan.example', daysLeft: -16 },
]
const attainment: AttainmentView = {
  planId: 'plan-1',
  year: 2025,
  targets: [
    {
      targetId: 't-1',
      targetCode: 'CT01',
      targetName: 'Tỷ lệ hộ dùng dịch vụ công trực tuyến',
      unitOfMeasure: '%',
      percentage: true,
      comparison: 'GTE',
      year: 2025,
      targetValue: 80,
      value: 78.5,
      numerator: 785,
      denominator: 1000,
      attained: false,
      units: [
        { unitId: 'v1', unitName: 'Tổ dân phố 1', value: 90, numerator: 90, denominator: 100, attained: true },
        { unitId: 'v2', unitName: 'Tổ dân phố 2', value: 65.5, numerator: 131, denominator: 200, attained: false },
      ],
      trend: [
        { year: 2025, value: 78.5, targetValue: 80 },
        { year: 2026, value: null, targetValue: 85 },
      ],
    },
  ],
}

function stub(overrides: { missing?: MissingRow[] } = {}) {
  return vi.spyOn(api, 'get').mockImplementation(async (path: string) => {
    if (path === '/dashboards/completeness') return completeness
    if (path === '/dashboards/missing') return page(overrides.missing ?? missing)
    if (path === '/dashboards/attainment') return attainment
    if (path === '/plans') return page([{ id: 'plan-1', number: '125/KH-UBND', title: 'Chuyển đổi số' }])
    return page([])
  })
}

describe('DashboardPage', { timeout: 45_000 }, () => {
  beforeAll(async () => {
    await import('@/features/dashboards/pages/DashboardPage.vue')
    await import('@/features/dashboards/components/EChart.vue')
  }, 60_000)
  beforeEach(() => {
    ElMessage.closeAll()
    charts.options.length = 0
  })

  it('shows the totals as cards and the tables per unit kind and per unit', async () => {
    const get = stub()
    await renderWithApp(DashboardPage, { path: '/dashboards?year=2025', role: 'office' })

    expect(await screen.findByTestId('stat-expected')).toHaveTextContent('12')
    expect(get).toHaveBeenCalledWith('/dashboards/completeness', expect.objectContaining({ query: { year: 2025, planId: null, periodId: null, unitKind: null } }))
    expect(screen.getByTestId('stat-onTime')).toHaveTextContent('7Đúng hạn')
    expect(screen.getByTestId('stat-late')).toHaveTextContent('2Nộp muộn')
    expect(screen.getByTestId('stat-missing')).toHaveTextContent('3Quá hạn chưa nộp')
    expect(screen.getByTestId('stat-notYetDue')).toHaveTextContent('0Chưa đến hạn')

    const kinds = screen.getByTestId('by-kind-table')
    expect(await within(kinds).findByText('Thôn, tổ dân phố')).toBeInTheDocument()
    expect(kinds).toHaveTextContent('Trường học')
    const units = screen.getByTestId('by-unit-table')
    expect(units).toHaveTextContent('Tổ dân phố 2')
    expect(units).toHaveTextContent('Muộn 2 ngày')
    expect(units).toHaveTextContent('Quá hạn chưa nộp')
    expect(units).toHaveTextContent('Báo cáo kết quả phong trào năm 2025')
    // Without a period there is nobody to remind yet, and no plan means no attainment charts.
    expect(screen.getByTestId('missing-choose-period')).toBeInTheDocument()
    expect(screen.getByTestId('attainment-choose-plan')).toBeInTheDocument()
    expect(screen.queryByTestId('echart')).not.toBeInTheDocument()
  })

  it('keeps the filters in the URL and asks again with them', async () => {
    const get = stub()
    const { router } = await renderWithApp(DashboardPage, { path: '/dashboards?year=2025', role: 'office' })
    await screen.findByTestId('stat-expected')

    await fireEvent.click(within(screen.getByTestId('dash-kind')).getByRole('combobox'))
    await fireEvent.click(await screen.findByRole('option', { name: 'Trường học' }))
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ year: '2025', unitKind: 'SCHOOL' }))
    await vi.waitFor(() =>
      expect(get).toHaveBeenLastCalledWith('/dashboards/completeness', expect.objectContaining({ query: { year: 2025, planId: null, periodId: null, unitKind: 'SCHOOL' } })),
    )
  })

  it('lists who has not submitted in the chosen period and reminds one unit, then all the others', async () => {
    stub()
    const post = vi.spyOn(api, 'post').mockImplementation(async (_path, body) => ({
      results: (body as { unitIds: string[] }).unitIds.map((unitId) => ({ unitId, unitName: unitId, outcome: 'REMINDED', recipients: 1 })),
    }))
    await renderWithApp(DashboardPage, { path: '/dashboards?year=2025&planId=plan-1&periodId=p-1', role: 'office' })

    const table = await screen.findByTestId('missing-table')
    expect(await within(table).findByText('Phạm Minh Đức')).toBeInTheDocument()
    expect(table).toHaveTextContent('quá hạn 16 ngày')
    expect(table).toHaveTextContent('tdp3@kienan.example')
    await fireEvent.click(screen.getByRole('button', { name: 'Nhắc nhở Tổ dân phố 3' }))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith('/deadlines/remind', { periodId: 'p-1', unitIds: ['v3'] }))
    expect(await screen.findByText('Đã gửi thư nhắc tới 1 đơn vị')).toBeInTheDocument()
    expect(within(table).getAllByTestId('reminded')).toHaveLength(1)

    // "Nhắc tất cả" asks first, and reminds only those not reminded yet.
    await fireEvent.click(screen.getByTestId('remind-all'))
    const dialog = await screen.findByTestId('remind-all-dialog')
    expect(dialog).toHaveTextContent('Gửi thư nhắc nộp báo cáo tới 1 đơn vị chưa nộp?')
    await fireEvent.click(within(dialog).getByTestId('remind-all-confirm'))
    await vi.waitFor(() => expect(post).toHaveBeenLastCalledWith('/deadlines/remind', { periodId: 'p-1', unitIds: ['s2'] }))
    await vi.waitFor(() => expect(within(table).getAllByTestId('reminded')).toHaveLength(2))
    expect(screen.getByTestId('remind-all')).toBeDisabled()
  })

  it('says when a unit was already reminded today, and when the reminder fails', async () => {
    stub()
    const post = vi
      .spyOn(api, 'post')
      .mockResolvedValueOnce({ results: [{ unitId: 'v3', unitName: 'Tổ dân phố 3', outcome: 'ALREADY_REMINDED_TODAY', recipients: 0 }] })
      .mockRejectedValueOnce(new ApiError(403, { status: 403, title: 'Forbidden' }))
    await renderWithApp(DashboardPage, { path: '/dashboards?year=2025&periodId=p-1', role: 'admin' })

    await fireEvent.click(await screen.findByRole('button', { name: 'Nhắc nhở Tổ dân phố 3' }))
    expect(await screen.findByText('1 đơn vị đã được nhắc hôm nay, không gửi lại')).toBeInTheDocument()
    await fireEvent.click(screen.getByRole('button', { name: 'Nhắc nhở Trường Tiểu học Kiến An' }))
    expect(await screen.findByText(/Không gửi được nhắc nhở/)).toBeInTheDocument()
    expect(post).toHaveBeenCalledTimes(2)
  })

  it('does not offer reminders to the leadership (the office sends them)', async () => {
    stub()
    await renderWithApp(DashboardPage, { path: '/dashboards?year=2025&periodId=p-1', role: 'leader' })
    expect(await within(await screen.findByTestId('missing-table')).findByText('Tổ dân phố 3')).toBeInTheDocument()
    expect(screen.queryByTestId('remind-unit')).not.toBeInTheDocument()
    expect(screen.queryByTestId('remind-all')).not.toBeInTheDocument()
  })

  it('draws a bar per unit against the target line and the trend over the years, each with a text alternative', async () => {
    const get = stub()
    await renderWithApp(DashboardPage, { path: '/dashboards?year=2025&planId=plan-1', role: 'board' })

    const bar = await screen.findByTestId('chart-bar')
    expect(get).toHaveBeenCalledWith('/dashboards/attainment', expect.objectContaining({ query: { planId: 'plan-1', targetId: undefined, year: 2025 } }))
    expect(bar).toHaveAttribute('aria-label', 'Biểu đồ cột: kết quả chỉ tiêu CT01 — Tỷ lệ hộ dùng dịch vụ công trực tuyến năm 2025 của từng đơn vị so với chỉ tiêu giao 80 %')
    const barTable = within(bar).getByTestId('chart-bar-table')
    expect(within(barTable).getByRole('rowheader', { name: 'Tổ dân phố 2' }).closest('tr')).toHaveTextContent('65,5 %Chưa đạt')
    expect(screen.getByTestId('attainment-aggregate')).toHaveTextContent('Kết quả chung: 78,5 %')
    const trend = screen.getByTestId('chart-trend')
    expect(trend).toHaveAttribute('aria-label', expect.stringContaining('qua các năm'))
    expect(within(trend).getByTestId('chart-trend-table')).toHaveTextContent('2026—85 %')

    // The charts themselves get the options with the markLine at the target value.
    await vi.waitFor(() => expect(charts.options).toHaveLength(2))
    const [barOption, trendOption] = charts.options as Record<string, any>[]
    expect(barOption!.xAxis.data).toEqual(['Tổ dân phố 1', 'Tổ dân phố 2'])
    expect(barOption!.series[0].type).toBe('bar')
    expect(barOption!.series[0].data.map((d: { value: number }) => d.value)).toEqual([90, 65.5])
    expect(barOption!.series[0].markLine.data).toEqual([{ yAxis: 80, name: 'Chỉ tiêu giao' }])
    expect(trendOption!.xAxis.data).toEqual(['2025', '2026'])
    expect(trendOption!.series.map((s: { type: string; data: unknown[] }) => [s.type, s.data])).toEqual([
      ['line', [78.5, null]],
      ['line', [80, 85]],
    ])
  })

  it('downloads the tables as XLSX with the filters on screen', async () => {
    stub()
    const getBlob = vi.spyOn(api, 'getBlob').mockResolvedValue(new Blob(['PK']))
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() })
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download)
    })
    await renderWithApp(DashboardPage, { path: '/dashboards?year=2025&planId=plan-1', role: 'office' })

    await fireEvent.click(await screen.findByRole('button', { name: 'Tải Excel bảng tiến độ báo cáo' }))
    await vi.waitFor(() => expect(getBlob).toHaveBeenCalledWith('/dashboards/completeness.xlsx', { query: { year: 2025, planId: 'plan-1', periodId: null, unitKind: null } }))
    await fireEvent.click(await screen.findByRole('button', { name: 'Tải Excel bảng kết quả chỉ tiêu' }))
    await vi.waitFor(() => expect(getBlob).toHaveBeenCalledWith('/dashboards/attainment.xlsx', { query: { planId: 'plan-1', targetId: 't-1', year: 2025 } }))
    await vi.waitFor(() => expect(names).toEqual(['tien-do-bao-cao-2025.xlsx', 'ket-qua-chi-tieu-2025.xlsx']))
  })
})
