import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen } from '@testing-library/vue'
import LoginPage from '@/features/auth/pages/LoginPage.vue'
import { useAuthStore } from '@/stores/auth'
import { renderWithApp, sessionFor } from '@/test/render'

function problem(status: number, title: string) {
  return new Response(JSON.stringify({ type: 'about:blank', title, status }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

async function fillAndSubmit(username: string, password: string) {
  await fireEvent.update(screen.getByLabelText('Tên đăng nhập'), username)
  await fireEvent.update(screen.getByLabelText('Mật khẩu'), password)
  await fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }))
}

describe('LoginPage', () => {
  it('shows the Vietnamese labels', async () => {
    await renderWithApp(LoginPage, { path: '/login', role: null })

    expect(screen.getByRole('heading', { name: 'Thi đua Số' })).toBeInTheDocument()
    expect(screen.getByLabelText('Tên đăng nhập')).toBeInTheDocument()
    expect(screen.getByLabelText('Mật khẩu')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeInTheDocument()
  })

  it('shows "Tên đăng nhập hoặc mật khẩu không đúng" on 401', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(problem(401, 'Unauthorized'))
    vi.stubGlobal('fetch', fetchMock)
    try {
      const { router } = await renderWithApp(LoginPage, { path: '/login', role: null })
      await fillAndSubmit('kienan.office', 'sai-mat-khau')

      expect(await screen.findByText('Tên đăng nhập hoặc mật khẩu không đúng')).toBeInTheDocument()
      expect(fetchMock).toHaveBeenCalledWith('/api/v1/auth/login', expect.objectContaining({ method: 'POST' }))
      expect(router.currentRoute.value.name).toBe('login')
      expect(useAuthStore().isAuthenticated).toBe(false)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('signs in, keeps the session in sessionStorage and goes to the redirect target', async () => {
    const session = sessionFor('office')
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(
      new Response(JSON.stringify(session), { status: 200, headers: { 'Content-Type': 'application/json' } }),
    )
    vi.stubGlobal('fetch', fetchMock)
    try {
      const { router } = await renderWithApp(LoginPage, { path: '/login?redirect=/reports', role: null })
      await fillAndSubmit(' kienan.office ', 'thidua-demo')

      await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/reports'))
      const body = JSON.parse(fetchMock.mock.calls[0]![1]!.body as string)
      expect(body).toEqual({ username: 'kienan.office', password: 'thidua-demo' })
      expect(useAuthStore().user?.fullName).toBe('Nguyễn Thị Hoa')
      expect(JSON.parse(sessionStorage.getItem('thidua.session')!).token).toBe('test-token')
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('asks for both fields before calling the server', async () => {
    const fetchMock = vi.fn<typeof fetch>()
    vi.stubGlobal('fetch', fetchMock)
    try {
      await renderWithApp(LoginPage, { path: '/login', role: null })
      await fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }))

      expect(await screen.findByText('Vui lòng nhập tên đăng nhập')).toBeInTheDocument()
      expect(fetchMock).not.toHaveBeenCalled()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
