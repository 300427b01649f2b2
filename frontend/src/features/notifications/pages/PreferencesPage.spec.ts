import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import PreferencesPage from '@/features/notifications/pages/PreferencesPage.vue'
import { api } from '@/lib/api-client'
import { renderWithApp } from '@/test/render'

const FEED = 'https://thiduaso.example/api/v1/calendar/3f9c1e7a.ics'
const NEW_FEED = 'https://thiduaso.example/api/v1/calendar/b81d44c2.ics'

function stub(preferences: Record<string, unknown>) {
  return vi.spyOn(api, 'get').mockImplementation(async (path: string) => (path === '/preferences/calendar' ? { url: FEED } : preferences))
}

describe('PreferencesPage', { timeout: 45_000 }, () => {
  beforeAll(async () => {
    await import('@/features/notifications/pages/PreferencesPage.vue')
  }, 60_000)
  beforeEach(() => ElMessage.closeAll())

  it('shows the chosen delivery and language, and saves a change with emailEnabled for compatibility', async () => {
    stub({ delivery: 'DIGEST', emailEnabled: true, language: 'en' })
    const put = vi.spyOn(api, 'put').mockResolvedValue({ delivery: 'OFF', emailEnabled: false, language: 'en' })
    await renderWithApp(PreferencesPage, { path: '/preferences', role: 'unit' })

    const digest = await screen.findByRole('radio', { name: /Thư tổng hợp hằng ngày/ })
    expect(digest).toBeChecked()
    await fireEvent.click(screen.getByText('Không nhận thư'))
    await fireEvent.click(screen.getByTestId('preferences-save'))

    await vi.waitFor(() => expect(put).toHaveBeenCalledWith('/preferences', { delivery: 'OFF', language: 'en', emailEnabled: false }))
    expect(await screen.findByText('Đã lưu cài đặt nhận thông báo')).toBeInTheDocument()
  })

  it('reads an answer without `delivery` (emailEnabled false) as "Không nhận thư"', async () => {
    stub({ emailEnabled: false, language: 'vi' })
    await renderWithApp(PreferencesPage, { path: '/preferences', role: 'unit' })
    expect(await screen.findByRole('radio', { name: /Không nhận thư/ })).toBeChecked()
  })

  it('shows the calendar link, copies it and makes a new one after a warning', async () => {
    stub({ delivery: 'EACH', emailEnabled: true, language: 'vi' })
    const post = vi.spyOn(api, 'post').mockResolvedValue({ url: NEW_FEED })
    const writeText = vi.fn(async () => {})
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await renderWithApp(PreferencesPage, { path: '/preferences', role: 'unit' })

    const input = await screen.findByLabelText('Đường dẫn lịch')
    expect(input).toHaveValue(FEED)
    await fireEvent.click(screen.getByTestId('calendar-copy'))
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(FEED))
    expect(await screen.findByText('Đã sao chép đường dẫn lịch')).toBeInTheDocument()

    await fireEvent.click(screen.getByTestId('calendar-regenerate'))
    const dialog = await screen.findByTestId('calendar-regenerate-dialog')
    expect(dialog).toHaveTextContent('Đường dẫn cũ sẽ ngừng hoạt động ngay')
    await fireEvent.click(within(dialog).getByTestId('calendar-regenerate-confirm'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith('/preferences/calendar/regenerate'))
    await vi.waitFor(() => expect(screen.getByLabelText('Đường dẫn lịch')).toHaveValue(NEW_FEED))
  })
})
