import { createRouter, createWebHistory, type RouteLocationNormalized, type Router, type RouterHistory, type RouteRecordRaw } from 'vue-router'
import { useAuthStore, type Role } from '@/stores/auth'
import { safeRedirect } from '@/lib/redirect'
import { councilBoardRoutes, publicAwardRoutes } from '@/features/awards/routes-council-board-public'

declare module 'vue-router' {
  interface RouteMeta {
    /** Routes open without a session (the login page, the award pages under /public). */
    public?: boolean
    /** Open to a signed-in user who must still change the temporary password. */
    passwordChange?: boolean
    /** Roles allowed; absent means every signed-in user. */
    roles?: Role[]
    /** i18n key of the page title. */
    titleKey?: string
    /** The award section's menu entry a page belongs to (a dossier under "Hồ sơ đề nghị"). */
    awardNav?: string
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/auth/pages/LoginPage.vue'),
    meta: { public: true, titleKey: 'auth.title' },
  },
  {
    path: '/auth/password',
    name: 'change-password',
    component: () => import('@/features/auth/pages/ChangePasswordPage.vue'),
    meta: { passwordChange: true, titleKey: 'changePassword.title' },
  },
  ...publicAwardRoutes,
  {
    path: '/',
    component: () => import('@/app/layouts/AppShell.vue'),
    children: [
      { path: '', redirect: { name: 'plans' } },
      {
        path: 'plans',
        name: 'plans',
        component: () => import('@/features/plans/pages/PlansListPage.vue'),
        meta: { titleKey: 'plans.title' },
      },
      {
        path: 'plans/new',
        name: 'plan-create',
        component: () => import('@/features/plans/pages/PlanEditorPage.vue'),
        meta: { titleKey: 'planEditor.titleNew', roles: ['office', 'admin'] },
      },
      {
        path: 'plans/:id/edit',
        name: 'plan-edit',
        component: () => import('@/features/plans/pages/PlanEditorPage.vue'),
        props: true,
        meta: { titleKey: 'planEditor.titleEdit', roles: ['office', 'admin'] },
      },
      {
        path: 'plans/:id',
        name: 'plan-detail',
        component: () => import('@/features/plans/pages/PlanDetailPage.vue'),
        props: true,
        meta: { titleKey: 'plans.detail.title' },
      },
      {
        path: 'reports',
        name: 'reports',
        component: () => import('@/features/reports/pages/MyReportsPage.vue'),
        meta: { titleKey: 'reports.title' },
      },
      {
        path: 'reports/review',
        name: 'report-review',
        component: () => import('@/features/reports/pages/ReviewQueuePage.vue'),
        meta: { titleKey: 'reports.review.title', roles: ['office', 'leader', 'admin'] },
      },
      {
        path: 'reports/periods',
        name: 'reporting-periods',
        component: () => import('@/features/reports/pages/ReportingPeriodsPage.vue'),
        meta: { titleKey: 'reports.periods.title' },
      },
      {
        path: 'reports/periods/:id',
        name: 'reporting-period',
        component: () => import('@/features/reports/pages/PeriodDetailPage.vue'),
        props: true,
        meta: { titleKey: 'reports.periods.title' },
      },
      {
        // The link of the reminder mails: opens (for a unit, starts) the report of a requirement.
        path: 'reports/requirements/:requirementId',
        name: 'report-requirement',
        component: () => import('@/features/reports/pages/ReportFormPage.vue'),
        props: true,
        meta: { titleKey: 'reports.form.title' },
      },
      {
        path: 'reports/:id',
        name: 'report-detail',
        component: () => import('@/features/reports/pages/ReportFormPage.vue'),
        props: true,
        meta: { titleKey: 'reports.form.title' },
      },
      // Khen thưởng (issue 7): unit and office screens of the award cycle; the section's own menu
      // is features/awards/navigation.ts.
      { path: 'awards', name: 'awards', redirect: { name: 'award-rounds' } },
      {
        path: 'awards/plans',
        name: 'award-plans',
        component: () => import('@/features/awards/pages/AwardPlansPage.vue'),
        meta: { titleKey: 'awards.title' },
      },
      {
        path: 'awards/rounds',
        name: 'award-rounds',
        component: () => import('@/features/awards/pages/shared/AwardRoundsPage.vue'),
        meta: { titleKey: 'awardCycle.rounds.title' },
      },
      {
        path: 'awards/rounds/new',
        name: 'award-round-new',
        component: () => import('@/features/awards/pages/office/RoundSetupPage.vue'),
        meta: { titleKey: 'awardCycle.setup.titleNew', roles: ['office', 'admin'], awardNav: 'award-rounds' },
      },
      {
        path: 'awards/rounds/:id/edit',
        name: 'award-round-edit',
        component: () => import('@/features/awards/pages/office/RoundSetupPage.vue'),
        props: true,
        meta: { titleKey: 'awardCycle.setup.titleEdit', roles: ['office', 'admin'], awardNav: 'award-rounds' },
      },
      {
        path: 'awards/nominations',
        name: 'award-nominations',
        component: () => import('@/features/awards/pages/unit/MyNominationsPage.vue'),
        meta: { titleKey: 'awardCycle.mine.title', roles: ['unit', 'office', 'leader', 'admin'] },
      },
      {
        path: 'awards/nominations/new',
        name: 'award-nomination-new',
        component: () => import('@/features/awards/pages/unit/NominationFormPage.vue'),
        meta: { titleKey: 'awardCycle.form.titleNew', roles: ['unit', 'office', 'admin'], awardNav: 'award-nominations' },
      },
      {
        path: 'awards/nominations/:id',
        name: 'award-nomination',
        component: () => import('@/features/awards/pages/unit/NominationFormPage.vue'),
        props: true,
        meta: { titleKey: 'awardCycle.form.title', awardNav: 'award-nominations' },
      },
      {
        path: 'awards/registration',
        name: 'award-registration',
        component: () => import('@/features/awards/pages/unit/RegistrationPage.vue'),
        meta: { titleKey: 'awardCycle.registration.title', roles: ['unit', 'office', 'admin'] },
      },
      {
        path: 'awards/intake',
        name: 'award-intake',
        component: () => import('@/features/awards/pages/office/IntakeQueuePage.vue'),
        meta: { titleKey: 'awardCycle.intake.title', roles: ['office', 'admin'] },
      },
      {
        path: 'awards/postings',
        name: 'award-postings',
        component: () => import('@/features/awards/pages/office/PostingsPage.vue'),
        meta: { titleKey: 'awardCycle.postings.title', roles: ['office', 'leader', 'council', 'admin'] },
      },
      {
        path: 'awards/decisions',
        name: 'award-decisions',
        component: () => import('@/features/awards/pages/office/DecisionsPage.vue'),
        meta: { titleKey: 'awardCycle.decisions.title', roles: ['office', 'leader', 'admin'] },
      },
      {
        path: 'awards/forwardings',
        name: 'award-forwardings',
        component: () => import('@/features/awards/pages/office/ForwardingsPage.vue'),
        meta: { titleKey: 'awardCycle.forwardings.title', roles: ['office', 'admin'] },
      },
      {
        path: 'awards/fund',
        name: 'award-fund',
        component: () => import('@/features/awards/pages/office/FundPage.vue'),
        meta: { titleKey: 'awardCycle.fund.title', roles: ['office', 'leader', 'admin', 'board'] },
      },
      {
        path: 'awards/history',
        name: 'award-history',
        component: () => import('@/features/awards/pages/shared/AwardHistoryPage.vue'),
        meta: { titleKey: 'awardCycle.history.title' },
      },
      {
        path: 'awards/clusters',
        name: 'award-clusters',
        component: () => import('@/features/awards/pages/clusters/ClustersPage.vue'),
        meta: { titleKey: 'awardClusters.title', roles: ['unit', 'office', 'leader', 'admin'] },
      },
      {
        path: 'awards/clusters/:id',
        name: 'award-cluster',
        component: () => import('@/features/awards/pages/clusters/ClusterPage.vue'),
        props: true,
        meta: { titleKey: 'awardClusters.title', roles: ['unit', 'office', 'leader', 'admin'], awardNav: 'award-clusters' },
      },
      {
        path: 'awards/certificate-layouts',
        name: 'award-certificate-layouts',
        component: () => import('@/features/awards/pages/certificates/CertificateLayoutsPage.vue'),
        meta: { titleKey: 'awardCertificates.title', roles: ['office', 'admin'] },
      },
      {
        path: 'notifications',
        name: 'notifications',
        component: () => import('@/features/notifications/pages/DeadlinesPage.vue'),
        meta: { titleKey: 'notifications.title' },
      },
      {
        path: 'consolidations',
        name: 'consolidations',
        component: () => import('@/features/consolidation/pages/ConsolidationsPage.vue'),
        meta: { titleKey: 'consolidation.title', roles: ['office', 'leader', 'admin'] },
      },
      {
        path: 'consolidation/:periodId',
        name: 'consolidation-editor',
        component: () => import('@/features/consolidation/pages/ConsolidationEditorPage.vue'),
        props: true,
        meta: { titleKey: 'consolidation.editorTitle', roles: ['office', 'leader', 'admin'] },
      },
      {
        path: 'board/consolidations',
        name: 'board-consolidations',
        component: () => import('@/features/consolidation/pages/BoardConsolidationsPage.vue'),
        meta: { titleKey: 'consolidation.boardTitle', roles: ['board', 'admin'] },
      },
      {
        path: 'board/consolidations/:id',
        name: 'board-consolidation',
        component: () => import('@/features/consolidation/pages/ConsolidationEditorPage.vue'),
        props: (route) => ({ id: route.params.id, board: true }),
        meta: { titleKey: 'consolidation.editorTitle', roles: ['board', 'admin'] },
      },
      {
        path: 'dashboards',
        name: 'dashboards',
        component: () => import('@/features/dashboards/pages/DashboardPage.vue'),
        meta: { titleKey: 'dashboards.title', roles: ['office', 'leader', 'admin', 'board'] },
      },
      {
        path: 'inbox',
        name: 'inbox',
        component: () => import('@/features/notifications/pages/InboxPage.vue'),
        meta: { titleKey: 'inbox.title' },
      },
      {
        path: 'preferences',
        name: 'preferences',
        component: () => import('@/features/notifications/pages/PreferencesPage.vue'),
        meta: { titleKey: 'preferences.title' },
      },
      {
        path: 'admin/calendar',
        name: 'working-calendar',
        component: () => import('@/features/notifications/pages/WorkingCalendarPage.vue'),
        meta: { titleKey: 'workingCalendar.title', roles: ['admin'] },
      },
      {
        path: 'admin',
        name: 'admin',
        component: () => import('@/features/admin/pages/AdminPage.vue'),
        meta: { titleKey: 'admin.title', roles: ['admin', 'office'] },
      },
      ...councilBoardRoutes,
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/components/NotFoundPage.vue'),
        meta: { titleKey: 'notFound.title' },
      },
    ],
  },
]

export function authGuard(to: RouteLocationNormalized) {
  const auth = useAuthStore()
  if (to.meta.public) {
    // A signed-in user opening /login goes straight on.
    if (to.name === 'login' && auth.isAuthenticated) return safeRedirect(to.query.redirect) ?? { name: 'plans' }
    return true
  }
  if (!auth.isAuthenticated) {
    if (auth.token) auth.clear() // expired
    // The default landing page needs no redirect parameter.
    const landing = to.fullPath === '/' || to.fullPath === '/plans'
    return { name: 'login', query: landing ? {} : { redirect: to.fullPath } }
  }
  // A temporary password is changed before anything else.
  if (auth.mustChangePassword && !to.meta.passwordChange) {
    return { name: 'change-password', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }
  if (to.meta.roles && !auth.hasRole(...to.meta.roles)) return { name: 'plans' }
  return true
}

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)): Router {
  const router = createRouter({ history, routes, scrollBehavior: () => ({ top: 0 }) })
  router.beforeEach(authGuard)
  return router
}
