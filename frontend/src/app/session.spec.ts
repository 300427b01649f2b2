import { describe, expect, it, vi } from 'vitest'
import { api } from '@/lib/api-client'
import { i18n } from '@/lib/i18n'
import { useAuthStore } from '@/stores/auth'
import { createHarness, sessionFor } from '@/test/render'
import { signOut } from '@/app/session'

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  })
}

function header(call: Parameters<typeof fetch>, name: string): string | undefined {
  return (call[1]?.headers as Record<string, string>)[name]
}

describe('session: refresh, logout, language', () => {
  it('renews the token once for concurrent 401s and retries each request with the new token', async () => {
    await createHarness({ path: '/plans', role: 'office' })
    const auth = useAuthStore()
    auth.setSession({ ...sessionFor('office'), accessToken: 'old', refreshToken: 'r1' })
    let refreshes = 0
    const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
      const url = String(input)
      if (url.endsWith('/auth/refresh')) {
        refreshes++
        expect(JSON.parse(String(init?.body))).toEqual({ refreshToken: 'r1' })
        await new Promise((r) => setTimeout(r, 20))
        return json({ ...sessionFor('office'), accessToken: 'new', refreshToken: 'r2' })
      }
      const auth = (init?.headers as Record<string, string>).Authorization
      return auth === 'Bearer new' ? json({ ok: url }) : json({ status: 401 }, 401)
    })
    vi.stubGlobal('fetch', fetchMock)
    try {
      const results = await Promise.all([api.get('/plans'), api.get('/units'), api.get('/deadlines')])
      expect(results).toEqual([{ ok: '/api/v1/plans' }, { ok: '/api/v1/units' }, { ok: '/api/v1/deadlines' }])
    } finally {
      vi.unstubAllGlobals()
    }
    expect(refreshes).toBe(1)
    expect(auth.token).toBe('new')
    expect(auth.refreshToken).toBe('r2')
    const refreshCall = fetchMock.mock.calls.find((c) => String(c[0]).endsWith('/auth/refresh'))!
    expect(header(refreshCall, 'Authorization')).toBeUndefined()
  })

  it('renews a token about to expire before the request goes out', async () => {
    await createHarness({ path: '/plans', role: 'office' })
    const auth = useAuthStore()
    auth.setSession({ ...sessionFor('office'), accessToken: 'old', refreshToken: 'r1', expiresIn: 5 })
    const fetchMock = vi.fn<typeof fetch>(async (input) =>
      String(input).endsWith('/auth/refresh')
        ? json({ ...sessionFor('office'), accessToken: 'fresh', refreshToken: 'r2', expiresIn: 900 })
        : json({ items: [] }),
    )
    vi.stubGlobal('fetch', fetchMock)
    try {
      await api.get('/plans')
    } finally {
      vi.unstubAllGlobals()
    }
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).toEqual(['/api/v1/auth/refresh', '/api/v1/plans'])
    expect(header(fetchMock.mock.calls[1]!, 'Authorization')).toBe('Bearer fresh')
  })

  it('ends the session when the refresh token is refused', async () => {
    const { router } = await createHarness({ path: '/reports', role: 'office' })
    const auth = useAuthStore()
    auth.setSession({ ...sessionFor('office'), accessToken: 'old', refreshToken: 'reused' })
    const fetchMock = vi.fn<typeof fetch>(async () => json({ status: 401 }, 401))
    vi.stubGlobal('fetch', fetchMock)
    try {
      await expect(api.get('/reporting-periods')).rejects.toMatchObject({ status: 401 })
    } finally {
      vi.unstubAllGlobals()
    }
    expect(fetchMock).toHaveBeenCalledTimes(2) // the request, one refresh, no retry
    expect(auth.isAuthenticated).toBe(false)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'))
  })

  it('signs out by revoking the refresh token, then forgets the session', async () => {
    const { router } = await createHarness({ path: '/plans', role: 'office' })
    const auth = useAuthStore()
    auth.setSession({ ...sessionFor('office'), refreshToken: 'r9' })
    const fetchMock = vi.fn<typeof fetch>(async () => new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', fetchMock)
    try {
      await signOut(router)
    } finally {
      vi.unstubAllGlobals()
    }
    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/v1/auth/logout')
    expect(JSON.parse(String(init?.body))).toEqual({ refreshToken: 'r9' })
    expect(sessionStorage.getItem('thidua.session')).toBeNull()
    expect(router.currentRoute.value.name).toBe('login')
  })

  it('asks the services for messages in the chosen language', async () => {
    await createHarness({ path: '/plans', role: 'office' })
    const fetchMock = vi.fn<typeof fetch>(async () => json({ items: [] }))
    vi.stubGlobal('fetch', fetchMock)
    try {
      await api.get('/plans')
      i18n.global.locale.value = 'en'
      await api.get('/plans')
    } finally {
      vi.unstubAllGlobals()
    }
    expect(header(fetchMock.mock.calls[0]!, 'Accept-Language')).toBe('vi')
    expect(header(fetchMock.mock.calls[1]!, 'Accept-Language')).toBe('en, vi;q=0.5')
  })
})
