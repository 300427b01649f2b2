import { computed, ref } from 'vue'
import { defineStore } from 'pinia'

export type Role = 'admin' | 'office' | 'leader' | 'council' | 'unit' | 'board'

export interface SessionUser {
  id: string
  username: string
  fullName: string
  email: string | null
  role: Role
  unitId: string | null
  unitName: string | null
  unitPath: string | null
  scopePath: string | null
}

/** What POST /api/v1/auth/login answers. */
export interface LoginResponse {
  accessToken: string
  tokenType: string
  expiresIn: number
  user: SessionUser
}

interface StoredSession {
  token: string
  user: SessionUser
  expiresAt: number
}

export const SESSION_STORAGE_KEY = 'thidua.session'

function readStored(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_STORAGE_KEY)
    if (!raw) return null
    const parsed = JSON.parse(raw) as StoredSession
    if (!parsed.token || !parsed.user || typeof parsed.expiresAt !== 'number') return null
    return parsed.expiresAt > Date.now() ? parsed : null
  } catch {
    return null
  }
}

// Token and user live in sessionStorage: they survive a reload but not closing the tab,
// which suits shared office computers.
export const useAuthStore = defineStore('auth', () => {
  const stored = readStored()
  const token = ref<string | null>(stored?.token ?? null)
  const user = ref<SessionUser | null>(stored?.user ?? null)
  const expiresAt = ref<number | null>(stored?.expiresAt ?? null)

  const isAuthenticated = computed(
    () => !!token.value && !!user.value && (expiresAt.value === null || expiresAt.value > Date.now()),
  )
  const role = computed<Role | null>(() => user.value?.role ?? null)

  function setSession(response: LoginResponse): void {
    const session: StoredSession = {
      token: response.accessToken,
      user: response.user,
      expiresAt: Date.now() + response.expiresIn * 1000,
    }
    token.value = session.token
    user.value = session.user
    expiresAt.value = session.expiresAt
    try {
      sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session))
    } catch {
      // Without storage the session lasts until the page is reloaded.
    }
  }

  function clear(): void {
    token.value = null
    user.value = null
    expiresAt.value = null
    try {
      sessionStorage.removeItem(SESSION_STORAGE_KEY)
    } catch {
      // nothing stored
    }
  }

  function hasRole(...roles: Role[]): boolean {
    return !!role.value && roles.includes(role.value)
  }

  return { token, user, expiresAt, isAuthenticated, role, setSession, clear, hasRole }
})
