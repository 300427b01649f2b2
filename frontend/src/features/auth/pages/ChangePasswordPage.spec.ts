import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen } from '@testing-library/vue'
import ChangePasswordPage from '@/features/auth/pages/ChangePasswordPage.vue'
import { useAuthStore } from '@/stores/auth'
import { renderWithApp, sessionFor } from '@/test/render'

async function fill(current: string, next: string, confirm = next) {
  await fireEvent.update(screen.getByLabelText('Mật khẩu hiện tại'), current)
  await fireEvent.update(screen.getByLabelText('Mật khẩu mới'), next)
  await fireEvent.update(screen.getByLabelText('Nhập lại mật khẩu mới'), confirm)
  await fireEvent.click(screen.getByTestId('pw-submit'))
}

describe('ChangePasswordPage', () => {
  it('checks length, username and repetition in the user language before calling the server', async () => {
    const fetchMock = vi.fn<typeof fetch>()
    vi.stubGlobal('fetch', fetchMock)
    try {
      await renderWithApp(ChangePasswordPage, { path: '/auth/password', role: 'office' })
      await fill('tam-thoi-123', 'ngan', 'khac')
      expect(await screen.findByText('Mật khẩu mới cần ít nhất 10 ký tự')).toBeInTheDocument()
      expect(await screen.findByText('Hai lần nhập mật khẩu mới không khớp')).toBeInTheDocument()
      await fill('tam-thoi-123', 'kienan.office')
      expect(await screen.findByText('Mật khẩu không được trùng tên đăng nhập')).toBeInTheDocument()
      expect(fetchMock).not.toHaveBeenCalled()
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('changes the password, clears mustChangePassword and goes on to the redirect target', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', fetchMock)
    try {
      const { router } = await renderWithApp(ChangePasswordPage, { path: '/auth/password?redirect=/reports', role: 'office' })
      useAuthStore().setSession({ ...sessionFor('office'), mustChangePassword: true })
      await fill('tam-thoi-123', 'Hoa-sen-2026!')
      await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/reports'))
      const [url, init] = fetchMock.mock.calls[0]!
      expect(url).toBe('/api/v1/auth/password')
      expect(JSON.parse(String(init?.body))).toEqual({ currentPassword: 'tam-thoi-123', newPassword: 'Hoa-sen-2026!' })
      expect(useAuthStore().mustChangePassword).toBe(false)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it("shows the service's message under the new password", async () => {
    const problem = { status: 400, title: 'Dữ liệu không hợp lệ', errors: [{ field: 'newPassword', message: 'Mật khẩu quá phổ biến, hãy chọn mật khẩu khác' }] }
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(new Response(JSON.stringify(problem), { status: 400, headers: { 'Content-Type': 'application/problem+json' } })))
    try {
      await renderWithApp(ChangePasswordPage, { path: '/auth/password', role: 'office' })
      await fill('tam-thoi-123', 'matkhau123456')
      expect(await screen.findByText('Mật khẩu quá phổ biến, hãy chọn mật khẩu khác')).toBeInTheDocument()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
