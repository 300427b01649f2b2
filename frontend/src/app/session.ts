import type { Router } from 'vue-router'
import { api, ApiError, bindSession } from '@/lib/api-client'
import { i18n } from '@/lib/i18n'
import { useAuthStore, type LoginResponse } from '@/stores/auth'

/**
 * Connect the shared API client to the signed-in session: it sends the session's token and the
 * UI language, renews the access token with the refresh token shortly before it expires (and
 * once on a 401), and when the session cannot be renewed ends it and sends the user to the
 * login page, back to where they were afterwards.
 */
export function connectSession(router: Router): void {
  const auth = useAuthStore()
  bindSession({
    getToken: () => auth.token,
    getLocale: () => i18n.global.locale.value,
    shouldRefresh: () => auth.needsRefresh(),
    refresh: async () => {
      const refreshToken = auth.refreshToken
      if (!refreshToken) return null
      try {
        const renewed = await api.post<LoginResponse>('/auth/refresh', { refreshToken }, { auth: false })
        auth.setSession(renewed)
        return renewed.accessToken
      } catch (error) {
        // Refused (rotated, revoked, expired): the session is over. A network failure is not.
        if (error instanceof ApiError && !error.isNetworkError && error.status < 500) {
          auth.refreshToken = null
          return null
        }
        throw error
      }
    },
    onUnauthorized: () => {
      auth.clear()
      const current = router.currentRoute.value
      if (current.name === 'login') return
      void router.replace({ name: 'login', query: { redirect: current.fullPath, expired: '1' } })
    },
  })
}

/** Sign out: revoke the refresh token on the server (best effort), forget the session, go to login. */
export async function signOut(router: Router): Promise<void> {
  const auth = useAuthStore()
  const refreshToken = auth.refreshToken
  if (refreshToken && auth.token) {
    try {
      await api.post('/auth/logout', { refreshToken })
    } catch {
      // Already revoked or offline: the local session ends anyway.
    }
  }
  auth.clear()
  await router.replace({ name: 'login' })
}
