import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, type Router } from 'vue-router'
import { render, type RenderOptions } from '@testing-library/vue'
import type { Component } from 'vue'
import { createAppRouter } from '@/app/router'
import { connectSession } from '@/app/session'
import { i18n } from '@/lib/i18n'
import { useAuthStore, type LoginResponse, type Role } from '@/stores/auth'

export function sessionFor(role: Role = 'office', overrides: Partial<LoginResponse['user']> = {}): LoginResponse {
  return {
    accessToken: 'test-token',
    tokenType: 'Bearer',
    expiresIn: 28800,
    user: {
      id: '8f0c2b9e-2f41-4c55-9d0e-3a1c5d7e9b10',
      username: 'kienan.office',
      fullName: 'Nguyễn Thị Hoa',
      email: 'hoa@kienan.example',
      role,
      unitId: '0d3f8c1a-6b2e-4f7a-9c5d-1e2f3a4b5c6d',
      unitName: 'Phòng Văn hóa - Xã hội',
      unitPath: '/hai-phong/kien-an/phong-vhxh',
      scopePath: '/hai-phong/kien-an',
      ...overrides,
    },
  }
}

export interface AppHarness {
  pinia: Pinia
  router: Router
}

/** Pinia, the real routes on an in-memory history, the API client bound to the session. */
export async function createHarness(options: { path?: string; role?: Role | null } = {}): Promise<AppHarness> {
  const pinia = createPinia()
  setActivePinia(pinia)
  if (options.role !== null) useAuthStore().setSession(sessionFor(options.role ?? 'office'))
  const router = createAppRouter(createMemoryHistory())
  connectSession(router)
  await router.push(options.path ?? '/')
  await router.isReady()
  return { pinia, router }
}

export async function renderWithApp(
  component: Component,
  options: { path?: string; role?: Role | null; props?: Record<string, unknown> } & Omit<RenderOptions<unknown>, 'global' | 'props'> = {},
) {
  const { path, role, props, ...rest } = options
  const harness = await createHarness({ path, role })
  const utils = render(component, {
    ...rest,
    props,
    global: { plugins: [harness.pinia, harness.router, i18n] },
  })
  return { ...utils, ...harness }
}

export function page<T>(items: T[], total = items.length) {
  return { items, page: 0, size: 20, total }
}
