import type { RouteRecordRaw } from 'vue-router'

// The award routes of the council, the board and the public pages (the unit and office screens
// have theirs in the main router). Names are what the e2e and the links use.

/** Children of the signed-in shell. */
export const councilBoardRoutes: RouteRecordRaw[] = [
  {
    path: 'awards/council',
    name: 'council-sessions',
    component: () => import('@/features/awards/pages/council/CouncilSessionsPage.vue'),
    meta: { titleKey: 'awardCouncil.title', roles: ['council', 'office', 'leader', 'admin'] },
  },
  {
    path: 'awards/council/new',
    name: 'council-session-create',
    component: () => import('@/features/awards/pages/council/CouncilSessionCreatePage.vue'),
    meta: { titleKey: 'awardCouncil.form.title', roles: ['office', 'admin'] },
  },
  {
    path: 'awards/council/:id',
    name: 'council-session',
    component: () => import('@/features/awards/pages/council/CouncilSessionPage.vue'),
    props: true,
    meta: { titleKey: 'awardCouncil.title', roles: ['council', 'office', 'leader', 'admin'] },
  },
  {
    path: 'awards/board',
    name: 'board-nominations',
    component: () => import('@/features/awards/pages/board/BoardNominationsPage.vue'),
    meta: { titleKey: 'awardBoard.title', roles: ['board', 'admin'] },
  },
  {
    path: 'awards/board/:id',
    name: 'board-nomination',
    component: () => import('@/features/awards/pages/board/BoardNominationPage.vue'),
    props: true,
    meta: { titleKey: 'awardBoard.dossier', roles: ['board', 'admin'] },
  },
]

/** Top-level, open without a session (meta.public reaches the children through the parent). */
export const publicAwardRoutes: RouteRecordRaw[] = [
  {
    path: '/public',
    component: () => import('@/features/awards/pages/public/PublicLayout.vue'),
    meta: { public: true },
    children: [
      { path: '', redirect: { name: 'public-postings' } },
      {
        path: 'postings',
        name: 'public-postings',
        component: () => import('@/features/awards/pages/public/PublicPostingsPage.vue'),
        meta: { public: true, titleKey: 'awardPublic.postings.title' },
      },
      {
        path: 'postings/:id',
        name: 'public-posting',
        component: () => import('@/features/awards/pages/public/PublicPostingPage.vue'),
        props: true,
        meta: { public: true, titleKey: 'awardPublic.postings.title' },
      },
      {
        path: 'honours',
        name: 'public-honours',
        component: () => import('@/features/awards/pages/public/HonoursBoardPage.vue'),
        meta: { public: true, titleKey: 'awardPublic.honours.title' },
      },
    ],
  },
]
