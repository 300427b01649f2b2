import { api, saveBlob, toPage, type Page } from '@/lib/api-client'
import type { PlanSchemas } from '@/api/types'
import type { Role } from '@/stores/auth'

// Units, clusters, users, locks and audit of plan-service (docs/api-contract.md, "Directory and
// accounts"). Base shapes are the generated ones; the fields and endpoints the contract adds are
// typed here from the contract until plan-service's document is regenerated (`npm run update:api`),
// after which these extensions shrink to what the document still lacks.

export type UnitKind = PlanSchemas['UnitKind']

export type Unit = Omit<PlanSchemas['UnitView'], 'parentId' | 'kind' | 'active' | 'headName' | 'headTitle' | 'email' | 'phone'> & {
  kind: UnitKind | string
  parentId: string | null
  active?: boolean
  headName?: string | null
  headTitle?: string | null
  email?: string | null
  phone?: string | null
}

/** A node of GET /units/tree. */
export type UnitNode = Unit & { children?: UnitNode[] }

export type UnitEdit = Pick<Unit, 'name' | 'code' | 'kind' | 'headName' | 'headTitle' | 'email' | 'phone'>
export type UnitCreate = UnitEdit & { parentId: string }

export type User = Omit<PlanSchemas['UserView'], 'role' | 'email' | 'unitId'> & {
  role: Role | string
  roles?: (Role | string)[]
  email: string | null
  unitId: string | null
  locked?: boolean
  version?: number
}

export interface UserCreate {
  username: string
  fullName: string
  email: string
  roles: Role[]
  unitId: string
  temporaryPassword: string
}

export type UserEdit = Pick<UserCreate, 'fullName' | 'email' | 'roles' | 'unitId'>

export interface Cluster {
  id: string
  name: string
  communeId: string
  year: number
  headUnitId: string | null
  deputyUnitId: string | null
  memberUnitIds: string[]
  version?: number
}

export type ClusterInput = Omit<Cluster, 'id' | 'version'>

/** One lock of GET /users/locks: active while it lasts and nobody lifted it. */
export interface AccountLock {
  id?: string
  userId: string
  username: string
  fullName?: string
  lockedAt?: string | null
  lockedUntil?: string | null
  liftedAt?: string | null
  liftedBy?: string | null
  active?: boolean
}

export interface AuditEntry {
  id: string
  at: string
  actor: string
  action: string
  objectType: string
  objectId: string
  unitPath?: string | null
  changes?: { field: string; before: unknown; after: unknown }[]
}

export interface AuditFilter {
  objectType?: string
  actor?: string
  from?: string
  to?: string
}

const withVersion = <T extends object>(body: T, version: number | undefined) => ({ ...body, version })

export async function unitTree(rootId?: string): Promise<UnitNode[]> {
  const data = await api.get<UnitNode[] | UnitNode>('/units/tree', { query: { rootId } })
  return Array.isArray(data) ? data : [data]
}
export async function listUnits(query: { page: number; size: number; q?: string; kind?: string }): Promise<Page<Unit>> {
  return toPage(await api.get<Page<Unit> | Unit[]>('/units', { query }))
}
export const createUnit = (body: UnitCreate, idempotencyKey: string) =>
  api.post<Unit>('/units', body, { headers: { 'Idempotency-Key': idempotencyKey } })
export const updateUnit = (unit: Unit, body: UnitEdit) => api.patch<Unit>(`/units/${unit.id}`, withVersion(body, unit.version))
export const moveUnit = (unit: Unit, newParentId: string) =>
  api.post<Unit>(`/units/${unit.id}/move`, { newParentId, version: unit.version })
export const mergeUnit = (unit: Unit, intoUnitId: string) =>
  api.post<Unit>(`/units/${unit.id}/merge`, { intoUnitId, version: unit.version })
export const setUnitActive = (unit: Unit, active: boolean) =>
  api.post<Unit>(`/units/${unit.id}/${active ? 'activate' : 'deactivate'}`, { version: unit.version })

export async function listClusters(query: { year?: number; communeId?: string }): Promise<Cluster[]> {
  return toPage(await api.get<Page<Cluster> | Cluster[]>('/clusters', { query })).items
}
export const createCluster = (body: ClusterInput, idempotencyKey: string) =>
  api.post<Cluster>('/clusters', body, { headers: { 'Idempotency-Key': idempotencyKey } })
export const updateCluster = (cluster: Cluster, body: ClusterInput) =>
  api.patch<Cluster>(`/clusters/${cluster.id}`, withVersion(body, cluster.version))
export const deleteCluster = (cluster: Cluster) => api.delete(`/clusters/${cluster.id}`)

export async function listUsers(query: { page: number; size: number; q?: string; role?: string; active?: boolean }): Promise<Page<User>> {
  return toPage(await api.get<Page<User> | User[]>('/users', { query }))
}
export const createUser = (body: UserCreate, idempotencyKey: string) =>
  api.post<User>('/users', body, { headers: { 'Idempotency-Key': idempotencyKey } })
export const updateUser = (user: User, body: UserEdit) => api.patch<User>(`/users/${user.id}`, withVersion(body, user.version))
export const setUserActive = (user: User, active: boolean) => api.post(`/users/${user.id}/${active ? 'activate' : 'deactivate'}`)
export const unlockUser = (userId: string) => api.post(`/users/${userId}/unlock`)

export const resetPassword = (user: Pick<User, 'id'>, temporaryPassword: string) =>
  api.post<User>(`/users/${user.id}/reset-password`, { temporaryPassword })

/** The XLSX imports of plan-service: all rows or none; row errors come as `rows[N].<field>`. */
export type ImportKind = 'units' | 'users'
export type ImportResult = PlanSchemas['ImportResult']

const TEMPLATE_FILES: Record<ImportKind, string> = { units: 'mau-don-vi.xlsx', users: 'mau-nguoi-dung.xlsx' }

export async function downloadImportTemplate(kind: ImportKind): Promise<void> {
  saveBlob(await api.getBlob(`/${kind}/import/template`), TEMPLATE_FILES[kind])
}
export function importSheet(kind: ImportKind, file: File): Promise<ImportResult> {
  const form = new FormData()
  form.append('file', file, file.name)
  return api.post<ImportResult>(`/${kind}/import`, form)
}

/** GET /users/locks (newest first), split into the accounts locked now and the history. */
export async function listLocks(): Promise<{ locked: AccountLock[]; history: AccountLock[] }> {
  const data = await api.get<AccountLock[]>('/users/locks')
  return { locked: data.filter((l) => l.active), history: data.filter((l) => !l.active) }
}

export async function listAudit(filter: AuditFilter, page: number, size: number): Promise<Page<AuditEntry>> {
  return toPage(await api.get<Page<AuditEntry> | AuditEntry[]>('/audit', { query: { ...filter, page, size } }))
}

/** Depth-first list of a tree, for selects ("Phường Kiến An › Tổ dân phố 1"). */
export function flatten(nodes: UnitNode[], depth = 0, out: (UnitNode & { depth: number })[] = []) {
  for (const node of nodes) {
    out.push({ ...node, depth })
    if (node.children?.length) flatten(node.children, depth + 1, out)
  }
  return out
}
