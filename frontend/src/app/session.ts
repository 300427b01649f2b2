import type { Router } from 'vue-router'
import { bindSession } from '@/lib/api-client'
import { useAuthStore } from '@/stores/auth'

/**
 * Connect the shared API client to the signed-in session: it sends the session's token, and a
 * 401 on an authenticated request ends the session and sends the user to the login page, back
 * to where they were afterwards.
 */
export function connectSession(router: Router): void {
  const auth = useAuthStore()
  bindSession({
    getToken: () => auth.token,
    onUnauthorized: () => {
      auth.clear()
      const current = router.currentRoute.value
      if (current.name === 'login') return
      void router.replace({ name: 'login', query: { redirect: current.fullPath, expired: '1' } })
    },
  })
}
