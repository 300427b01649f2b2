import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/vue'
import App from '@/App.vue'
import InboxBell from '@/features/notifications/components/InboxBell.vue'
import InboxPage from '@/features/notifications/pages/InboxPage.vue'
import { useUnreadCount } from '@/features/notifications/composables/useUnreadCount'
import { api } from '@/lib/api-client'
import { i18n } from '@/lib/i18n'
import { createHarness, page, renderWithApp } from '@/test/render'
import type { InboxItem } from '@/features/notifications/api/types'

const items: InboxItem[] = [
  {
    id: 'i-1',
    kind: 'RETURNED',
    title: 'Báo cáo năm 2025 của Tổ dân phố 1 bị trả lại',
    body: 'Lý do: thiếu số liệu chỉ tiêu CT02. Hạn nộp lại: 12/11/2025.',
    link: '/reports/requirements/r-1',
    createdAt: '2025-11-05T02:00:00Z',
    readAt: null,
  },
  { id: 'i-2', kind: 'REMINDER', title: 'Còn 3 ngày đến hạn nộp báo cáo năm 2025', body: null, link: null, createdAt: '2025-11-01T01:00:00Z', readAt: '2025-11-01T05:00:00Z' },
]

describe('inbox', { timeout: 45_000 }, () => {
  beforeAll(async () => {
    await import('@/features/notifications/pages/InboxPage.vue')
  }, 60_000)
  beforeEach(() => ElMessage.closeAll())

  it('shows the unread count on the header bell and asks again on navigation', async () => {
    const get = vi.spyOn(api, 'get').mockImplementation(async (path: string) => (path === '/inbox/unread-count' ? { count: 3 } : page([])))
    const { router } = await renderWithApp(App, { path: '/plans', role: 'unit' })

    const bell = await screen.findByRole('link', { name: 'Hộp thư thông báo: 3 thông báo chưa đọc' })
    expect(within(bell).getByText('3')).toBeInTheDocument()
    const asked = () => get.mock.calls.filter(([path]) => path === '/inbox/unread-count').length
    expect(asked()).toBe(1)

    await router.push('/reports')
    await vi.waitFor(() => expect(asked()).toBe(2))
    await fireEvent.click(bell)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('inbox'))
  })

  it('asks again every interval, and shows no badge at zero', async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValue({ count: 0 })
    const { pinia, router } = await createHarness({ path: '/plans', role: 'office' })
    render(InboxBell, { props: { interval: 40 }, global: { plugins: [pinia, router, i18n] } })

    await vi.waitFor(() => expect(get.mock.calls.length).toBeGreaterThanOrEqual(3), { timeout: 2000 })
    expect(screen.getByRole('link', { name: 'Hộp thư thông báo' })).toBeInTheDocument()
    // Element Plus renders no count at all while the badge is hidden.
    expect(screen.getByTestId('inbox-badge')).not.toHaveTextContent('0')
  })

  it('lists the notifications, marks one read and lowers the count', async () => {
    vi.spyOn(api, 'get').mockResolvedValue(page(items))
    const post = vi.spyOn(api, 'post').mockResolvedValue(undefined)
    await renderWithApp(InboxPage, { path: '/inbox', role: 'unit' })
    const unread = useUnreadCount()
    unread.set(2)

    const rows = await screen.findAllByTestId('inbox-item')
    expect(rows).toHaveLength(2)
    expect(rows[0]).toHaveTextContent('Báo cáo bị trả lại')
    expect(rows[0]).toHaveTextContent('Chưa đọc')
    expect(rows[0]).toHaveTextContent('Lý do: thiếu số liệu chỉ tiêu CT02.')
    expect(rows[1]).not.toHaveTextContent('Chưa đọc')
    expect(within(rows[1]!).queryByTestId('inbox-mark-read')).not.toBeInTheDocument()

    await fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu đã đọc: Báo cáo năm 2025 của Tổ dân phố 1 bị trả lại' }))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith('/inbox/i-1/read'))
    await vi.waitFor(() => expect(screen.getAllByTestId('inbox-item')[0]).not.toHaveTextContent('Chưa đọc'))
    expect(unread.count).toBe(1)
  })

  it('follows a link into the app and marks the item read on the way', async () => {
    vi.spyOn(api, 'get').mockResolvedValue(page(items))
    const post = vi.spyOn(api, 'post').mockResolvedValue(undefined)
    const { router } = await renderWithApp(InboxPage, { path: '/inbox', role: 'unit' })

    await fireEvent.click(await screen.findByRole('link', { name: 'Báo cáo năm 2025 của Tổ dân phố 1 bị trả lại' }))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith('/inbox/i-1/read'))
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/reports/requirements/r-1'))
  })

  it('marks everything read, and filters to the unread ones', async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValue(page(items))
    const post = vi.spyOn(api, 'post').mockResolvedValue(undefined)
    await renderWithApp(InboxPage, { path: '/inbox', role: 'unit' })
    const unread = useUnreadCount()
    unread.set(5)

    await fireEvent.click(await screen.findByTestId('inbox-read-all'))
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith('/inbox/read-all'))
    expect(await screen.findByText('Đã đánh dấu tất cả thông báo là đã đọc')).toBeInTheDocument()
    expect(unread.count).toBe(0)
    expect(screen.queryByTestId('inbox-mark-read')).not.toBeInTheDocument()

    await fireEvent.click(screen.getByText('Chỉ hiện thông báo chưa đọc'))
    await vi.waitFor(() => expect(get).toHaveBeenLastCalledWith('/inbox', expect.objectContaining({ query: { unreadOnly: true, page: 0, size: 20 } })))
  })
})
