import { api, toPage, type Page } from '@/lib/api-client'
import type { Role } from '@/stores/auth'

export interface Unit {
  id: string
  name: string
  path: string
  kind: string
  parentId?: string | null
}

export interface User {
  id: string
  username: string
  fullName: string
  email?: string | null
  role: Role
  unitId?: string | null
  unitName: string | null
}

export async function listUnits(page: number, size: number): Promise<Page<Unit>> {
  return toPage(await api.get<Page<Unit> | Unit[]>('/units', { query: { page, size } }))
}

export async function listUsers(page: number, size: number): Promise<Page<User>> {
  return toPage(await api.get<Page<User> | User[]>('/users', { query: { page, size } }))
}
