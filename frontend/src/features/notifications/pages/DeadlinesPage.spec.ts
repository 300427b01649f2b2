import { describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/vue'
import DeadlinesPage from '@/features/notifications/pages/DeadlinesPage.vue'
import { api } from '@/lib/api-client'
import { page, renderWithApp } from '@/test/render'
import type { Deadline } from '@/features/notifications/api/types'

function deadline(id: string, overrides: Partial<Deadline>): Deadline {
  return {
    id,
    title: `Báo cáo kết quả phong trào năm 2025 (${id})`,
    unitName: 'Tổ dân phố 1',
    unitId: 'v1',
    unitPath: '/hp/ka/v1',
    dueAt: '2025-11-04T17:00:00Z',
    dueDate: '2025-11-05',
    status: 'OPEN',
    planId: 'p1',
    periodId: 'q1',
    planTitle: 'KH 125',
    recipientUnitName: 'UBND phường Kiến An',
    requirementId: `rq-${id}`,
    state: 'NOT_YET_DUE',
    extended: false,
    daysLeft: 0,
    lastDay: '2025-11-04',
    late: false,
    submittedAt: null as unknown as string,
    ...overrides,
  }
}

describe('DeadlinesPage', () => {
  it("shows each deadline's state with the days left or overdue, and the extension", async () => {
    vi.spyOn(api, 'get').mockResolvedValue(
      page([
        deadline('a', { state: 'OVERDUE', daysLeft: -3 }),
        deadline('b', { state: 'DUE_SOON', daysLeft: 5, extended: true }),
        deadline('c', { state: 'NOT_YET_DUE', daysLeft: 40 }),
        deadline('d', { state: 'SUBMITTED', daysLeft: 2 }),
        deadline('e', { state: 'ACCEPTED', daysLeft: -30 }),
        deadline('f', { state: 'WITHDRAWN', status: 'WITHDRAWN' }),
        deadline('g', { state: 'DUE_SOON', daysLeft: 0 }),
      ]),
    )
    await renderWithApp(DeadlinesPage, { path: '/notifications', role: 'unit' })

    const states = (await screen.findAllByTestId('deadline-state')).map((tag) => tag.textContent?.trim())
    expect(states).toEqual(['Quá hạn', 'Sắp đến hạn', 'Chưa đến hạn', 'Đã nộp', 'Đã duyệt', 'Không còn phải nộp', 'Sắp đến hạn'])
    // Days are only counted while the deadline is open.
    expect(screen.getAllByTestId('deadline-days').map((d) => d.textContent?.trim())).toEqual(['quá hạn 3 ngày', 'còn 5 ngày', 'còn 40 ngày', 'hạn chót hôm nay'])
    expect(screen.getAllByTestId('deadline-extended')).toHaveLength(1)
    expect(screen.getAllByText('05/11/2025').length).toBeGreaterThan(0)
  })
})
