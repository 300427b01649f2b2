import type { Role } from '@/stores/auth'

// The award section's own menu (tabs above each award page): one line per screen with the roles
// that see it. The council, board and public screens add their lines here.
export interface AwardNavItem {
  name: string
  labelKey: string
  roles?: Role[]
}

export const AWARD_NAV: AwardNavItem[] = [
  { name: 'award-rounds', labelKey: 'awardCycle.nav.rounds' },
  { name: 'award-nominations', labelKey: 'awardCycle.nav.nominations', roles: ['unit', 'office', 'leader', 'admin'] },
  { name: 'award-registration', labelKey: 'awardCycle.nav.registration', roles: ['unit', 'office', 'admin'] },
  { name: 'award-intake', labelKey: 'awardCycle.nav.intake', roles: ['office', 'admin'] },
  { name: 'award-postings', labelKey: 'awardCycle.nav.postings', roles: ['office', 'leader', 'council', 'admin'] },
  { name: 'award-decisions', labelKey: 'awardCycle.nav.decisions', roles: ['office', 'leader', 'admin'] },
  { name: 'award-forwardings', labelKey: 'awardCycle.nav.forwardings', roles: ['office', 'admin'] },
  { name: 'award-fund', labelKey: 'awardCycle.nav.fund', roles: ['office', 'leader', 'admin'] },
  { name: 'award-clusters', labelKey: 'awardClusters.nav', roles: ['unit', 'office', 'leader', 'admin'] },
  { name: 'award-certificate-layouts', labelKey: 'awardCertificates.nav', roles: ['office', 'admin'] },
  { name: 'award-history', labelKey: 'awardCycle.nav.history' },
  { name: 'award-plans', labelKey: 'awardCycle.nav.plans', roles: ['office', 'leader', 'admin'] },
]
