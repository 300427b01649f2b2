import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen } from '@testing-library/vue'
import App from '@/App.vue'
import { api } from '@/lib/api-client'
import { LOCALE_STORAGE_KEY } from '@/lib/i18n'
import { page, renderWithApp } from '@/test/render'

describe('AppShell', () => {
  it("shows the user's name, Vietnamese role and unit, and the navigation", async () => {
    vi.spyOn(api, 'get').mockResolvedValue(page([]))
    await renderWithApp(App, { path: '/plans', role: 'office' })

    expect(await screen.findByTestId('user-full-name')).toHaveTextContent('Nguyễn Thị Hoa')
    expect(screen.getByTestId('user-role')).toHaveTextContent('Văn phòng (Phòng VH-XH)')
    expect(screen.getByTestId('user-unit')).toHaveTextContent('Phòng Văn hóa - Xã hội')
    for (const label of ['Kế hoạch', 'Báo cáo', 'Khen thưởng', 'Thông báo']) {
      expect(screen.getByRole('menuitem', { name: label })).toBeInTheDocument()
    }
    // The office manages the directory of its commune (docs/api-contract.md).
    expect(screen.getByRole('menuitem', { name: 'Quản trị' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Đăng xuất' })).toBeInTheDocument()
  })

  it('shows Quản trị to administrators', async () => {
    vi.spyOn(api, 'get').mockResolvedValue(page([]))
    await renderWithApp(App, { path: '/plans', role: 'admin' })

    expect(await screen.findByRole('menuitem', { name: 'Quản trị' })).toBeInTheDocument()
    expect(screen.getByTestId('user-role')).toHaveTextContent('Quản trị hệ thống')
  })

  it('switches labels to English and remembers the choice', async () => {
    vi.spyOn(api, 'get').mockResolvedValue(page([]))
    await renderWithApp(App, { path: '/plans', role: 'office' })
    expect(await screen.findByRole('menuitem', { name: 'Kế hoạch' })).toBeInTheDocument()
    expect(screen.getByText('Chưa có kế hoạch nào')).toBeInTheDocument()

    await fireEvent.click(screen.getByText('English'))

    expect(await screen.findByRole('menuitem', { name: 'Plans' })).toBeInTheDocument()
    expect(screen.getByRole('menuitem', { name: 'Reports' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
    expect(screen.getByText('Office (Culture & Social Affairs)')).toBeInTheDocument()
    expect(screen.getByText('No plans yet')).toBeInTheDocument()
    expect(screen.getByText('Plan title')).toBeInTheDocument()
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(document.title).toBe('Emulation plans · Thi đua Số')
  })

  it('signs out to the login page', async () => {
    vi.spyOn(api, 'get').mockResolvedValue(page([]))
    const { router } = await renderWithApp(App, { path: '/plans', role: 'office' })

    await fireEvent.click(await screen.findByRole('button', { name: 'Đăng xuất' }))

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'))
    expect(sessionStorage.getItem('thidua.session')).toBeNull()
    expect(await screen.findByLabelText('Tên đăng nhập')).toBeInTheDocument()
  })

  it("switches Element Plus's own texts with the language (pagination)", async () => {
    vi.spyOn(api, 'get').mockResolvedValue({ items: [], page: 0, size: 20, total: 45 })
    await renderWithApp(App, { path: '/notifications', role: 'office' })
    expect(await screen.findByRole('button', { name: 'Đến trang trước' })).toBeInTheDocument()

    await fireEvent.click(screen.getByText('English'))

    expect(await screen.findByRole('button', { name: 'Go to previous page' })).toBeInTheDocument()
  })

  it('on a phone, puts the menu in a drawer opened from the header', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('max-width'),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }))
    try {
      vi.spyOn(api, 'get').mockResolvedValue(page([]))
      const { router } = await renderWithApp(App, { path: '/plans', role: 'office' })
      const toggle = await screen.findByRole('button', { name: 'Mở menu' })
      expect(screen.queryByTestId('side-nav')).not.toBeInTheDocument()

      await fireEvent.click(toggle)
      await fireEvent.click(await screen.findByRole('menuitem', { name: 'Báo cáo' }))

      await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('reports'))
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
