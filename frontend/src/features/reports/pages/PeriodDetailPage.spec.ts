import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import PeriodDetailPage from '@/features/reports/pages/PeriodDetailPage.vue'
import ReportingPeriodsPage from '@/features/reports/pages/ReportingPeriodsPage.vue'
import { api, ApiError } from '@/lib/api-client'
import { page, renderWithApp } from '@/test/render'
import type { PeriodDetail } from '@/features/reports/api/types'
import { dueIn } from '@/features/reports/testing/fixtures'

const due = dueIn(10)
const later = dueIn(20)

function period(over: Partial<PeriodDetail> = {}): PeriodDetail {
  return {
    id: 'q-1',
    title: 'Báo cáo kết quả thực hiện Phong trào thi đua năm 2026',
    year: 2026,
    kind: 'ANNUAL',
    planId: 'p-1',
    planNumber: '125/KH-UBND',
    planTitle: 'Kế hoạch “Bình dân học vụ số”',
    obligationId: 'o-1',
    openedAt: '2026-01-05T02:00:00Z',
    recipientUnit: { id: 'vhxh', name: 'Phòng Văn hóa - Xã hội', path: '/hp/ka/vhxh' },
    secondHop: false,
    requirementCount: 3,
    ...due,
    requirements: [
      { id: 'r-1', reportId: 'rep-1', status: 'DRAFTING', unitId: 'u-1', unitName: 'Trung tâm Sự nghiệp công phường', unitPath: '/1', dueAt: due.dueAt, reportStatus: 'SUBMITTED', submittedAt: '2026-12-01T02:00:00Z', late: false, dueDate: due.dueDate, dueReason: null as unknown as string, lateSeconds: 0 },
      { id: 'r-2', reportId: null as unknown as string, status: 'PENDING', unitId: 'u-2', unitName: 'Công an phường', unitPath: '/2', dueAt: later.dueAt, reportStatus: null, submittedAt: null as unknown as string, late: false, dueDate: later.dueDate, dueReason: null as unknown as string, lateSeconds: 0 },
      { id: 'r-3', reportId: 'rep-3', status: 'DRAFTING', unitId: 'u-3', unitName: 'Đoàn Thanh niên phường', unitPath: '/3', dueAt: due.dueAt, reportStatus: 'ACCEPTED', submittedAt: '2026-11-20T02:00:00Z', late: true, dueDate: due.dueDate, dueReason: null as unknown as string, lateSeconds: 3600 },
    ],
    ...over,
  }
}

describe('PeriodDetailPage (Kỳ báo cáo)', () => {
  it("shows each unit's status and deadline, an extended one marked", async () => {
    vi.spyOn(api, 'get').mockResolvedValue(period())
    await renderWithApp(PeriodDetailPage, { path: '/reports/periods/q-1', role: 'office', props: { id: 'q-1' } })

    expect(await screen.findByTestId('period-title')).toHaveTextContent('Báo cáo kết quả thực hiện Phong trào thi đua năm 2026')
    const names = (await screen.findAllByTestId('period-unit-name')).map((n) => n.textContent)
    expect(names).toEqual(['Công an phường', 'Đoàn Thanh niên phường', 'Trung tâm Sự nghiệp công phường'])
    const lines = within(screen.getByTestId('period-units')).getAllByRole('row').slice(1)
    expect(lines[0]).toHaveTextContent('Chưa lập báo cáo')
    expect(within(lines[0]!).getByTestId('period-unit-own-deadline')).toHaveTextContent('hạn riêng của đơn vị')
    expect(lines[1]).toHaveTextContent('Đã tiếp nhận')
    expect(lines[1]).toHaveTextContent('Nộp muộn')
    // An accepted report is not extended.
    expect(within(lines[1]!).queryByTestId('period-unit-extend')).not.toBeInTheDocument()
    expect(within(lines[2]!).getByRole('link', { name: 'Xem báo cáo' })).toHaveAttribute('href', '/reports/rep-1')
    expect(within(lines[0]!).getByRole('link', { name: 'Xem báo cáo' })).toHaveAttribute('href', '/reports/requirements/r-2')
    expect(screen.getByTestId('period-counts')).toHaveTextContent('Chưa lập báo cáo 1')
    expect(screen.getByTestId('period-review-link')).toHaveAttribute('href', '/reports/review?periodId=q-1')
  })

  it('extends the deadline of one unit: the reason and date are required', async () => {
    vi.spyOn(api, 'get').mockResolvedValue(period())
    const post = vi.spyOn(api, 'post').mockResolvedValue(period())
    await renderWithApp(PeriodDetailPage, { path: '/reports/periods/q-1', role: 'office', props: { id: 'q-1' } })
    await screen.findByTestId('period-title')

    await fireEvent.click(await screen.findByRole('button', { name: 'Gia hạn cho Công an phường' }))
    const dialog = await screen.findByTestId('extension-dialog')
    expect(within(dialog).getByTestId('extension-current')).toHaveTextContent(`Hạn hiện tại: trước ngày ${later.dueDate.split('-').reverse().join('/')}`)
    await fireEvent.click(within(dialog).getByTestId('extension-confirm'))
    expect(await within(dialog).findByText('Cần chọn hạn mới')).toBeInTheDocument()
    expect(await within(dialog).findByText('Cần nêu lý do gia hạn')).toBeInTheDocument()
    expect(post).not.toHaveBeenCalled()

    const newDue = dueIn(30).dueDate
    const picker = within(dialog).getByRole('combobox', { name: 'Hạn mới (trước ngày)' })
    await fireEvent.update(picker, newDue.split('-').reverse().join('/'))
    await fireEvent.keyDown(picker, { key: 'Enter', code: 'Enter' })
    await fireEvent.update(within(dialog).getByTestId('extension-reason'), 'Đơn vị thay đổi nhân sự đầu mối')
    await fireEvent.click(within(dialog).getByTestId('extension-confirm'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(1))
    expect(post).toHaveBeenCalledWith('/reporting-periods/q-1/extensions', { unitId: 'u-2', dueDate: newDue, reason: 'Đơn vị thay đổi nhân sự đầu mối' })
  })

  it('extends the deadline for everyone and shows what the server refuses', async () => {
    vi.spyOn(api, 'get').mockResolvedValue(period())
    const post = vi.spyOn(api, 'post').mockRejectedValue(
      new ApiError(400, { status: 400, title: 'Bad Request', errors: [{ field: 'dueDate', message: 'Hạn mới phải sau hạn hiện tại' }] }),
    )
    await renderWithApp(PeriodDetailPage, { path: '/reports/periods/q-1', role: 'office', props: { id: 'q-1' } })
    await screen.findByTestId('period-title')

    await fireEvent.click(screen.getByTestId('period-extend-all'))
    const dialog = await screen.findByTestId('extension-dialog')
    const picker = within(dialog).getByRole('combobox', { name: 'Hạn mới (trước ngày)' })
    const newDue = dueIn(15).dueDate
    await fireEvent.update(picker, newDue.split('-').reverse().join('/'))
    await fireEvent.keyDown(picker, { key: 'Enter', code: 'Enter' })
    await fireEvent.update(within(dialog).getByTestId('extension-reason'), 'Trùng lịch tổng kết năm')
    await fireEvent.click(within(dialog).getByTestId('extension-confirm'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith('/reporting-periods/q-1/extensions', { unitId: null, dueDate: newDue, reason: 'Trùng lịch tổng kết năm' }))
    expect(await within(dialog).findByText('Hạn mới phải sau hạn hiện tại')).toBeInTheDocument()
  })

  it('lets the office switch "cần lãnh đạo xác nhận" for a unit', async () => {
    const get = vi.spyOn(api, 'get').mockImplementation(async (path: string) =>
      path.startsWith('/report-settings/') ? { unitId: 'u-1', unitName: 'Trung tâm Sự nghiệp công phường', unitPath: '/hp/kien-an/ttsn', leaderConfirmationRequired: false } : period(),
    )
    const put = vi.spyOn(api, 'put').mockResolvedValue({ unitId: 'u-1', unitName: 'Trung tâm Sự nghiệp công phường', unitPath: '/hp/kien-an/ttsn', leaderConfirmationRequired: true })
    await renderWithApp(PeriodDetailPage, { path: '/reports/periods/q-1', role: 'office', props: { id: 'q-1' } })
    await screen.findByTestId('period-title')

    await fireEvent.click(screen.getByTestId('period-settings'))
    const dialog = await screen.findByTestId('settings-dialog')
    // Choose the unit from the select's options.
    await fireEvent.click(within(dialog).getByTestId('settings-unit'))
    await fireEvent.click(await screen.findByRole('option', { name: 'Trung tâm Sự nghiệp công phường', hidden: true }))
    await vi.waitFor(() => expect(get).toHaveBeenCalledWith('/report-settings/units/u-1', expect.anything()))
    const toggle = await within(dialog).findByRole('switch', { name: 'Cần lãnh đạo xác nhận trước khi gửi' })
    expect(toggle).not.toBeChecked()

    await fireEvent.click(toggle)
    await vi.waitFor(() => expect(put).toHaveBeenCalledWith('/report-settings/units/u-1', { leaderConfirmationRequired: true }))
    await vi.waitFor(() => expect(toggle).toBeChecked())
  })

  it('hides the extension and settings from units', async () => {
    vi.spyOn(api, 'get').mockResolvedValue(period())
    await renderWithApp(PeriodDetailPage, { path: '/reports/periods/q-1', role: 'unit', props: { id: 'q-1' } })
    await screen.findByTestId('period-title')
    expect(screen.queryByTestId('period-extend-all')).not.toBeInTheDocument()
    expect(screen.queryByTestId('period-settings')).not.toBeInTheDocument()
    expect(screen.queryByTestId('period-unit-extend')).not.toBeInTheDocument()
  })
})

describe('ReportingPeriodsPage (Kỳ báo cáo)', () => {
  it('lists the periods, each opening its detail', async () => {
    vi.spyOn(api, 'get').mockResolvedValue(page([{ ...period(), requirements: undefined }]))
    await renderWithApp(ReportingPeriodsPage, { path: '/reports/periods', role: 'office' })
    const link = await screen.findByTestId('period-link')
    expect(link).toHaveTextContent('Báo cáo kết quả thực hiện Phong trào thi đua năm 2026')
    expect(link).toHaveAttribute('href', '/reports/periods/q-1')
  })
})
