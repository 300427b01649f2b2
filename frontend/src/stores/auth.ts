import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import type { PlanSchemas } from '@/api/types'

export type Role = 'admin' | 'office' | 'leader' | 'council' | 'unit' | 'board'
export const ROLES: readonly Role[] = ['admin', 'office', 'leader', 'council', 'unit', 'board']

type CurrentUser = PlanSchemas['CurrentUser']

/** The signed-in user as the SPA keeps it: the generated `CurrentUser`, roles narrowed. */
export type SessionUser = Omit<CurrentUser, 'role' | 'roles' | 'mustChangePassword' | 'email' | 'unitId' | 'unitName' | 'unitPath' | 'scopePath'> & {
  role: Role
  /** Every role the user holds (docs/api-contract.md); `role` is the first. */
  roles?: Role[]
  email: string | null
  unitId: string | null
  unitName: string | null
  unitPath: string | null
  scopePath: string | null
  /** A temporary password must be changed before anything else (the login also answers it). */
  mustChangePassword?: boolean
}

/**
 * What POST /api/v1/auth/login and /auth/refresh answer: the generated `TokenResponse` plus the
 * fields docs/api-contract.md adds (`refreshToken`, `mustChangePassword`), optional until the
 * plan-service document that has them is regenerated (`npm run update:api`).
 */
export type LoginResponse = Omit<PlanSchemas['TokenResponse'], 'user' | 'refreshToken' | 'mustChangePassword'> & {
  user: SessionUser
  refreshToken?: string | null
  mustChangePassword?: boolean
}

interface StoredSession {
  token: string
  refreshToken: string | null
  user: SessionUser
  expiresAt: number
  mustChangePassword: boolean
}

export const SESSION_STORAGE_KEY = 'thidua.session'
/** An access token this close to its expiry is refreshed before a request goes out. */
export const REFRESH_MARGIN_MS = 30_000

function readStored(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_STORAGE_KEY)
    if (!raw) return null
    const parsed = JSON.parse(raw) as StoredSession
    if (!parsed.token || !parsed.user || typeof parsed.expiresAt !== 'number') return null
    // An expired access token is still a session while a refresh token can renew it.
    return parsed.expiresAt > Date.now() || parsed.refreshToken ? parsed : null
  } catch {
    return null
  }
}

// Tokens and user live in sessionStorage: they survive a reload but not closing the tab,
// which suits shared office computers.
export const useAuthStore = defineStore('auth', () => {
  const stored = readStored()
  const token = ref<string | null>(stored?.token ?? null)
  const refreshToken = ref<string | null>(stored?.refreshToken ?? null)
  const user = ref<SessionUser | null>(stored?.user ?? null)
  const expiresAt = ref<number | null>(stored?.expiresAt ?? null)
  const mustChangePassword = ref<boolean>(stored?.mustChangePassword ?? false)

  const isAuthenticated = computed(
    () =>
      !!token.value &&
      !!user.value &&
      (expiresAt.value === null || expiresAt.value > Date.now() || !!refreshToken.value),
  )
  const roles = computed<Role[]>(() => {
    if (!user.value) return []
    return user.value.roles?.length ? user.value.roles : [user.value.role]
  })
  const role = computed<Role | null>(() => user.value?.role ?? null)

  function persist(): void {
    try {
      if (!token.value || !user.value || expiresAt.value === null) return
      const session: StoredSession = {
        token: token.value,
        refreshToken: refreshToken.value,
        user: user.value,
        expiresAt: expiresAt.value,
        mustChangePassword: mustChangePassword.value,
      }
      sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session))
    } catch {
      // Without storage the session lasts until the page is reloaded.
    }
  }

  function setSession(response: LoginResponse): void {
    token.value = response.accessToken
    // A refresh answer without a new refresh token keeps the one we have.
    refreshToken.value = response.refreshToken ?? refreshToken.value
    user.value = response.user
    expiresAt.value = Date.now() + response.expiresIn * 1000
    if (response.mustChangePassword !== undefined) mustChangePassword.value = response.mustChangePassword
    persist()
  }

  function passwordChanged(): void {
    mustChangePassword.value = false
    persist()
  }

  /** True when the access token is expired or about to be, and a refresh token can renew it. */
  function needsRefresh(now = Date.now()): boolean {
    return !!refreshToken.value && expiresAt.value !== null && expiresAt.value - REFRESH_MARGIN_MS <= now
  }

  function clear(): void {
    token.value = null
    refreshToken.value = null
    user.value = null
    expiresAt.value = null
    mustChangePassword.value = false
    try {
      sessionStorage.removeItem(SESSION_STORAGE_KEY)
    } catch {
      // nothing stored
    }
  }

  function hasRole(...wanted: Role[]): boolean {
    return roles.value.some((r) => wanted.includes(r))
  }

  return {
    token,
    refreshToken,
    user,
    expiresAt,
    mustChangePassword,
    isAuthenticated,
    role,
    roles,
    setSession,
    passwordChanged,
    needsRefresh,
    clear,
    hasRole,
  }
})
