import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import WorkingCalendarPage from '@/features/notifications/pages/WorkingCalendarPage.vue'
import { api, ApiError } from '@/lib/api-client'
import { createHarness, renderWithApp } from '@/test/render'
import { dayProblem, kindFor } from '@/features/notifications/lib/workingDays'
import type { WorkingDay } from '@/features/notifications/api/types'

const year = new Date().getFullYear()
const days: WorkingDay[] = [
  { date: `${year}-09-02`, kind: 'DAY_OFF', name: 'Quốc khánh' },
  { date: `${year}-01-01`, kind: 'DAY_OFF', name: 'Tết Dương lịch' },
]
/** A Saturday of the year, for a swapped working day. */
function firstSaturday(): string {
  for (let d = 1; ; d++) {
    const date = `${year}-03-${String(d).padStart(2, '0')}`
    if (new Date(`${date}T12:00:00Z`).getUTCDay() === 6) return date
  }
}

async function renderPage() {
  const get = vi.spyOn(api, 'get').mockResolvedValue({ year, source: 'Dữ liệu mặc định', edited: false, version: 3, days })
  const utils = await renderWithApp(WorkingCalendarPage, { path: '/admin/calendar', role: 'admin' })
  await screen.findByTestId('calendar-source')
  return { ...utils, get }
}

const rows = () => screen.getByTestId('calendar-days').querySelectorAll('tbody tr')

describe('WorkingCalendarPage', { timeout: 45_000 }, () => {
  beforeAll(async () => {
    await import('@/features/notifications/pages/WorkingCalendarPage.vue')
  }, 60_000)
  beforeEach(() => ElMessage.closeAll())

  it("lists the year's days off in date order, removes one and saves the whole year", async () => {
    const { get } = await renderPage()
    expect(get).toHaveBeenCalledWith(`/calendar/working-days/${year}`)
    expect(screen.getByTestId('calendar-source')).toHaveTextContent('Lịch mặc định')
    await vi.waitFor(() => expect(rows()).toHaveLength(2))
    expect(rows()[0]).toHaveTextContent(`01/01/${year}`)
    expect(rows()[0]).toHaveTextContent('Tết Dương lịch')
    expect(rows()[1]).toHaveTextContent('Quốc khánh')
    expect(screen.getByTestId('calendar-save')).toBeDisabled()

    const put = vi.spyOn(api, 'put').mockResolvedValue({ year, source: 'Quản trị sửa ngày 01/12/2025 / edited by an administrator', edited: true, version: 4, days: [days[0]], changedAt: '2025-12-01T02:00:00Z', changedBy: 'kienan.admin' })
    await fireEvent.click(screen.getByRole('button', { name: `Xóa ngày 01/01/${year}` }))
    expect(rows()).toHaveLength(1)
    expect(screen.getByText('Có thay đổi chưa lưu')).toBeInTheDocument()
    await fireEvent.click(screen.getByTestId('calendar-save'))

    await vi.waitFor(() => expect(put).toHaveBeenCalledWith(`/calendar/working-days/${year}`, { days: [days[0]], version: 3 }))
    expect(await screen.findByText(`Đã lưu lịch ngày làm việc năm ${year}`)).toBeInTheDocument()
    expect(screen.getByTestId('calendar-source')).toHaveTextContent('Đã được quản trị chỉnh sửa')
    expect(screen.getByText(/Sửa lúc .* bởi kienan\.admin/)).toBeInTheDocument()
  })

  it('adds a swapped Saturday as a working day, and refuses a date listed already', async () => {
    await renderPage()
    const saturday = firstSaturday()
    const [y, m, d] = saturday.split('-')
    const dateInput = within(screen.getByTestId('calendar-add-form')).getByLabelText('Ngày')
    await fireEvent.update(dateInput, `${d}/${m}/${y}`)
    await fireEvent.change(dateInput)
    await fireEvent.update(screen.getByLabelText('Tên ngày'), 'Làm bù cho ngày 02/05')
    await fireEvent.click(screen.getByTestId('calendar-add'))

    await vi.waitFor(() => expect(rows()).toHaveLength(3))
    expect(rows()[1]).toHaveTextContent(`${d}/${m}/${y}`)
    expect(rows()[1]).toHaveTextContent('Thứ Bảy')
    expect(rows()[1]).toHaveTextContent('Ngày làm bù')

    await fireEvent.update(dateInput, `02/09/${year}`)
    await fireEvent.change(dateInput)
    await fireEvent.update(screen.getByLabelText('Tên ngày'), 'Quốc khánh')
    await fireEvent.click(screen.getByTestId('calendar-add'))
    expect(await screen.findByText('Ngày này đã có trong danh sách')).toBeInTheDocument()
    expect(rows()).toHaveLength(3)
  })

  it("shows the server's refusal at the day it names (days[0].kind)", async () => {
    await renderPage()
    const put = vi.spyOn(api, 'put').mockRejectedValue(
      new ApiError(400, { status: 400, title: 'Bad Request', errors: [{ field: 'days[0].kind', message: 'Ngày nghỉ không được rơi vào Thứ Bảy, Chủ nhật' }] }),
    )
    await fireEvent.click(await screen.findByRole('button', { name: `Xóa ngày 01/01/${year}` }))
    await fireEvent.click(screen.getByTestId('calendar-save'))

    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(1))
    const error = await screen.findByTestId('calendar-row-error')
    expect(error).toHaveTextContent('Ngày nghỉ không được rơi vào Thứ Bảy, Chủ nhật')
    expect(rows()[0]).toContainElement(error)
    // Nothing was taken as saved: the change is still there to fix.
    expect(screen.getByText('Có thay đổi chưa lưu')).toBeInTheDocument()
  })

  it('checks a day as the server does', () => {
    const saturday = firstSaturday()
    expect(kindFor(saturday)).toBe('WORKING_DAY')
    expect(kindFor(`${year}-09-02`.replace(/^\d+/, '2025'))).toBe('DAY_OFF')
    expect(dayProblem({ date: saturday, kind: 'DAY_OFF', name: 'x' }, year, [])).toBe('pointlessDayOff')
    expect(dayProblem({ date: '2025-09-03', kind: 'WORKING_DAY', name: 'x' }, 2025, [])).toBe('pointlessWorkingDay')
    expect(dayProblem({ date: '2024-12-31', kind: 'DAY_OFF', name: 'x' }, 2025, [])).toBe('outsideYear')
    expect(dayProblem({ date: '2025-09-02', kind: 'DAY_OFF', name: 'x' }, 2025, [{ date: '2025-09-02', kind: 'DAY_OFF', name: 'y' }])).toBe('duplicate')
    expect(dayProblem({ date: '2025-09-02', kind: 'DAY_OFF', name: ' ' }, 2025, [])).toBe('nameRequired')
  })

  it('is for administrators only', async () => {
    expect((await createHarness({ path: '/admin/calendar', role: 'office' })).router.currentRoute.value.name).toBe('plans')
    expect((await createHarness({ path: '/admin/calendar', role: 'admin' })).router.currentRoute.value.name).toBe('working-calendar')
  })
})
