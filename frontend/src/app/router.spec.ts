import { describe, expect, it } from 'vitest'
import { createHarness, sessionFor } from '@/test/render'
import { useAuthStore } from '@/stores/auth'

describe('router guard', () => {
  it('sends visitors without a session to /login, remembering where they were going', async () => {
    const { router } = await createHarness({ path: '/plans/42', role: null })
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/plans/42')
  })

  it('sends / to /login without a redirect, and / to /plans once signed in', async () => {
    expect((await createHarness({ path: '/', role: null })).router.currentRoute.value.fullPath).toBe('/login')
    expect((await createHarness({ path: '/', role: 'unit' })).router.currentRoute.value.fullPath).toBe('/plans')
  })

  it('keeps Quản trị for administrators and the office', async () => {
    expect((await createHarness({ path: '/admin', role: 'leader' })).router.currentRoute.value.name).toBe('plans')
    expect((await createHarness({ path: '/admin', role: 'office' })).router.currentRoute.value.name).toBe('admin')
    expect((await createHarness({ path: '/admin', role: 'admin' })).router.currentRoute.value.name).toBe('admin')
  })

  it('restores the session from sessionStorage after a reload', async () => {
    await createHarness({ path: '/plans', role: 'leader' })
    // A new Pinia reads the stored session, as after a page reload.
    const { router } = await createHarness({ path: '/reports', role: null })
    expect(router.currentRoute.value.name).toBe('reports')
  })

  it('opens "Soạn kế hoạch" (/plans/new) to the office and administrators only', async () => {
    expect((await createHarness({ path: '/plans/new', role: 'office' })).router.currentRoute.value.name).toBe('plan-create')
    expect((await createHarness({ path: '/plans/new', role: 'admin' })).router.currentRoute.value.name).toBe('plan-create')
    expect((await createHarness({ path: '/plans/new', role: 'unit' })).router.currentRoute.value.name).toBe('plans')
    expect((await createHarness({ path: '/plans/new', role: 'leader' })).router.currentRoute.value.name).toBe('plans')
  })

  it('opens Duyệt báo cáo (/reports/review) to the office, leaders and administrators, and the report form to everyone', async () => {
    expect((await createHarness({ path: '/reports/review', role: 'office' })).router.currentRoute.value.name).toBe('report-review')
    expect((await createHarness({ path: '/reports/review', role: 'leader' })).router.currentRoute.value.name).toBe('report-review')
    expect((await createHarness({ path: '/reports/review', role: 'unit' })).router.currentRoute.value.name).toBe('plans')
    const byRequirement = (await createHarness({ path: '/reports/requirements/r-1', role: 'unit' })).router.currentRoute.value
    expect([byRequirement.name, byRequirement.params.requirementId]).toEqual(['report-requirement', 'r-1'])
    const byId = (await createHarness({ path: '/reports/rep-1', role: 'unit' })).router.currentRoute.value
    expect([byId.name, byId.params.id]).toEqual(['report-detail', 'rep-1'])
    expect((await createHarness({ path: '/reports/periods/q-1', role: 'office' })).router.currentRoute.value.name).toBe('reporting-period')
  })

  it('opens the screens the award mails link to (notification-service Notifier: /awards/nominations/new?roundId=, /awards/nominations/{id}, /awards/council/{id})', async () => {
    const fresh = (await createHarness({ path: '/awards/nominations/new?roundId=r-1', role: 'unit' })).router.currentRoute.value
    expect([fresh.name, fresh.query.roundId]).toEqual(['award-nomination-new', 'r-1'])
    const dossier = (await createHarness({ path: '/awards/nominations/n-1', role: 'unit' })).router.currentRoute.value
    expect([dossier.name, dossier.params.id]).toEqual(['award-nomination', 'n-1'])
    expect((await createHarness({ path: '/awards/nominations/n-1', role: 'office' })).router.currentRoute.value.name).toBe('award-nomination')
    const session = (await createHarness({ path: '/awards/council/s-1', role: 'council' })).router.currentRoute.value
    expect([session.name, session.params.id]).toEqual(['council-session', 's-1'])
    expect((await createHarness({ path: '/awards', role: 'unit' })).router.currentRoute.value.name).toBe('award-rounds')
  })

  it('sends a user with a temporary password to /auth/password before anything else', async () => {
    const { router } = await createHarness({ path: '/reports', role: 'unit' })
    const auth = useAuthStore()
    auth.setSession({ ...sessionFor('unit'), mustChangePassword: true })
    await router.push('/plans')
    expect(router.currentRoute.value.name).toBe('change-password')
    expect(router.currentRoute.value.query.redirect).toBe('/plans')
    auth.passwordChanged()
    await router.push('/plans')
    expect(router.currentRoute.value.name).toBe('plans')
  })
})
