// The single map from API path prefixes to the service that owns them.
// Used by `vite dev` and `vite preview`; nginx.conf mirrors it for docker-compose.

export type ServiceName = 'plan' | 'report' | 'award' | 'notification'

export const apiRoutes: Record<ServiceName, readonly string[]> = {
  plan: [
    '/api/v1/auth',
    '/api/v1/units',
    '/api/v1/users',
    '/api/v1/movements',
    '/api/v1/plans',
    // Khối thi đua and the audit trail are plan-service's (award-service's covenant and scores: /emulation-clusters).
    '/api/v1/clusters',
    '/api/v1/audit',
    // Service accounts of the board's integrating systems (plan-service owns credentials).
    '/api/v1/service-accounts',
  ],
  report: [
    '/api/v1/reporting-periods',
    '/api/v1/reports',
    '/api/v1/report-requirements',
    '/api/v1/review-queue',
    '/api/v1/consolidations',
    '/api/v1/report-settings',
    '/api/v1/dashboards',
  ],
  award: [
    '/api/v1/award-forms',
    '/api/v1/award-rounds',
    '/api/v1/award-plans',
    '/api/v1/nominations',
    '/api/v1/council-sessions',
    '/api/v1/decisions',
    '/api/v1/public',
    '/api/v1/public-postings',
    '/api/v1/award-rule-sets',
    '/api/v1/award-records',
    '/api/v1/emulation-registrations',
    '/api/v1/emulation-clusters',
    '/api/v1/objections',
    '/api/v1/forwardings',
    '/api/v1/board',
    '/api/v1/funds',
    '/api/v1/certificate-layouts',
    // The award clock's test control (PUT /admin/clock; 404 unless enabled).
    '/api/v1/admin',
  ],
  notification: [
    '/api/v1/deadlines',
    '/api/v1/notifications',
    '/api/v1/preferences',
    '/api/v1/calendar',
    '/api/v1/inbox',
  ],
}

/** Upstream base URLs; each can be overridden by an environment variable. */
export function upstreams(env: Record<string, string | undefined>): Record<ServiceName, string> {
  return {
    plan: env.PLAN_URL || 'http://127.0.0.1:8081',
    report: env.REPORT_URL || 'http://127.0.0.1:8082',
    award: env.AWARD_URL || 'http://127.0.0.1:8083',
    notification: env.NOTIFICATION_URL || 'http://127.0.0.1:8084',
  }
}

export interface ProxyTarget {
  target: string
  changeOrigin: boolean
}

/** Proxy table in the shape `server.proxy` / `preview.proxy` expect. */
export function proxyTable(env: Record<string, string | undefined>): Record<string, ProxyTarget> {
  const urls = upstreams(env)
  const table: Record<string, ProxyTarget> = {}
  for (const service of Object.keys(apiRoutes) as ServiceName[]) {
    for (const prefix of apiRoutes[service]) {
      table[prefix] = { target: urls[service], changeOrigin: false }
    }
  }
  return table
}

/** Whether a request path belongs to one of the services (else an /api path is a 404, never the SPA's HTML). */
export function isRoutedApiPath(path: string): boolean {
  const p = path.split('?')[0]!
  return Object.values(apiRoutes).some((prefixes) => prefixes.some((prefix) => p === prefix || p.startsWith(prefix + '/')))
}

/** The problem+json body nginx.conf answers for an /api path no service owns; vite dev and preview answer the same. */
export const API_NOT_FOUND = JSON.stringify({
  type: 'about:blank',
  title: 'Not Found',
  status: 404,
  detail: 'Không có API nào ở đường dẫn này / no API at this path',
})
