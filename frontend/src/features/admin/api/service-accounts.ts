import { api, toPage, type Page } from '@/lib/api-client'
import type { PlanSchemas } from '@/api/types'

// Tài khoản tích hợp of plan-service (/service-accounts): the credentials an integrating system
// (the city/province board's software) exchanges for a short token. Admin only. The secret comes
// back once, from create and rotate, and is never readable again.

type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null }

export type ServiceAccount = Nullable<PlanSchemas['ServiceAccountView'], 'unitName' | 'secretRotatedAt' | 'deactivatedAt' | 'lastTokenAt'>
export type IssuedServiceAccount = PlanSchemas['IssuedServiceAccount']
export type CreateServiceAccount = PlanSchemas['CreateServiceAccountRequest']

/** The only role a service account may hold today. */
export const SERVICE_ACCOUNT_ROLES = ['board'] as const

const account = (id: string) => `/service-accounts/${encodeURIComponent(id)}`

export async function listServiceAccounts(): Promise<ServiceAccount[]> {
  return toPage(await api.get<Page<ServiceAccount>>('/service-accounts')).items
}

export const createServiceAccount = (body: CreateServiceAccount) => api.post<IssuedServiceAccount>('/service-accounts', body)
export const rotateServiceAccount = (id: string) => api.post<IssuedServiceAccount>(`${account(id)}/rotate`)
export const deactivateServiceAccount = (id: string) => api.post<ServiceAccount>(`${account(id)}/deactivate`)

/** The units an account may belong to: the cities and provinces (GET /units?kind=). */
export async function listBoardUnits(): Promise<{ id: string; name: string }[]> {
  const pages = await Promise.all(
    (['CITY', 'PROVINCE'] as const).map(async (kind) => toPage(await api.get<Page<PlanSchemas['UnitView']>>('/units', { query: { kind, active: true, size: 200 } })).items),
  )
  return pages.flat().map((u) => ({ id: u.id, name: u.name }))
}
