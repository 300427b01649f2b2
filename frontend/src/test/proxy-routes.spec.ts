// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { API_NOT_FOUND, apiRoutes, isRoutedApiPath, proxyTable, type ServiceName } from '../../proxy-routes'

const nginx = readFileSync(fileURLToPath(new URL('../../nginx.conf', import.meta.url)), 'utf8')

const composeHosts: Record<ServiceName, string> = {
  plan: 'http://plan-service:8081',
  report: 'http://report-service:8082',
  award: 'http://award-service:8083',
  notification: 'http://notification-service:8084',
}

describe('API route map', () => {
  it('sends each prefix to its service in dev/preview, overridable by env', () => {
    const table = proxyTable({ REPORT_URL: 'http://10.0.0.5:9000' })
    expect(table['/api/v1/auth']!.target).toBe('http://127.0.0.1:8081')
    expect(table['/api/v1/reporting-periods']!.target).toBe('http://10.0.0.5:9000')
    expect(table['/api/v1/award-plans']!.target).toBe('http://127.0.0.1:8083')
    expect(table['/api/v1/deadlines']!.target).toBe('http://127.0.0.1:8084')
  })

  it('sends the award cycle to award-service and the directory (clusters, service accounts) to plan-service', () => {
    const table = proxyTable({})
    for (const prefix of ['nominations', 'public-postings', 'public', 'board', 'funds', 'award-records', 'objections', 'admin']) {
      expect(table[`/api/v1/${prefix}`]!.target).toBe('http://127.0.0.1:8083')
    }
    for (const prefix of ['clusters', 'audit', 'service-accounts']) expect(table[`/api/v1/${prefix}`]!.target).toBe('http://127.0.0.1:8081')
  })

  it('is mirrored exactly by nginx.conf', () => {
    const locations = [...nginx.matchAll(/location \^~ (\/api\/v1\/[\w-]+) \{ proxy_pass \$(\w+)_service; \}/g)].map(
      ([, prefix, service]) => [prefix, service],
    )
    const expected = (Object.keys(apiRoutes) as ServiceName[]).flatMap((service) =>
      apiRoutes[service].map((prefix) => [prefix, service]),
    )
    expect(locations).toEqual(expected)
    for (const service of Object.keys(composeHosts) as ServiceName[]) {
      expect(nginx).toContain(`set $${service}_service ${composeHosts[service]};`)
    }
  })
})

describe('API paths no service owns', () => {
  it('are told apart from the routed ones, by whole path segments', () => {
    expect(isRoutedApiPath('/api/v1/plans')).toBe(true)
    expect(isRoutedApiPath('/api/v1/plans/123?x=1')).toBe(true)
    expect(isRoutedApiPath('/api/v1/nominations/1/attachments')).toBe(true)
    expect(isRoutedApiPath('/api/v1/no-such-thing')).toBe(false)
    expect(isRoutedApiPath('/api/v1/plansx')).toBe(false)
    expect(isRoutedApiPath('/api/v2/plans')).toBe(false)
  })

  it('get the same problem+json 404 from vite as from nginx', () => {
    expect(JSON.parse(API_NOT_FOUND).status).toBe(404)
    expect(nginx).toMatch(/location \^~ \/api\/ \{\s*default_type application\/problem\+json;\s*return 404/)
  })
})
