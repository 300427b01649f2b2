import { api } from '@/lib/api-client'
import type { LoginResponse } from '@/stores/auth'

export interface Credentials {
  username: string
  password: string
}

export function login(credentials: Credentials): Promise<LoginResponse> {
  return api.post<LoginResponse>('/auth/login', credentials)
}
