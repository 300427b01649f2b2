import { api } from '@/lib/api-client'
import type { PlanSchemas } from '@/api/types'
import type { LoginResponse } from '@/stores/auth'

export type Credentials = PlanSchemas['LoginRequest']

/** Contract of POST /auth/password (docs/api-contract.md; not yet in the generated document). */
export interface PasswordChange {
  currentPassword: string
  newPassword: string
}

export function login(credentials: Credentials): Promise<LoginResponse> {
  return api.post<LoginResponse>('/auth/login', credentials, { auth: false })
}

export function changePassword(change: PasswordChange): Promise<void> {
  return api.post<void>('/auth/password', change)
}
