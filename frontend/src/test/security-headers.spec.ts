// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, spaSecurityHeaders, strictTransportSecurity } from '../../security-headers'
import viteConfig from '../../vite.config'

const read = (file: string) => readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf8')
const snippet = read('security-headers.conf')
const nginx = read('nginx.conf')

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  )
}

describe('SPA security headers', () => {
  it('allow scripts only from our own origin and nothing to frame the SPA', () => {
    const csp = directives(contentSecurityPolicy)
    expect(csp['script-src']).toEqual(["'self'"])
    expect(csp['default-src']).toEqual(["'self'"])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
    expect(csp['object-src']).toEqual(["'none'"])
    // Element Plus needs inline styles; scripts never get 'unsafe-inline' or 'unsafe-eval'
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe/)
    expect(spaSecurityHeaders['X-Frame-Options']).toBe('DENY')
    expect(spaSecurityHeaders['X-Content-Type-Options']).toBe('nosniff')
  })

  it('index.html has no inline script for the policy to block', () => {
    const html = read('index.html')
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc=/)
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })

  it('are sent by the Vite dev and preview servers', () => {
    expect(viteConfig.server?.headers).toEqual(spaSecurityHeaders)
    expect(viteConfig.preview?.headers).toEqual(spaSecurityHeaders)
    // preflights go to the services' CORS rule, not to Vite's permissive one
    expect(viteConfig.server?.cors).toBe(false)
    expect(viteConfig.preview?.cors).toBe(false)
  })

  it('are the same in nginx (compose), with HSTS, in every location that adds headers of its own', () => {
    for (const [name, value] of Object.entries(spaSecurityHeaders)) {
      expect(snippet).toContain(`add_header ${name} "${value}" always;`)
    }
    expect(snippet).toContain(`add_header Strict-Transport-Security "${strictTransportSecurity}" always;`)
    expect(nginx).toContain(`add_header Strict-Transport-Security "${strictTransportSecurity}" always;`)
    // nginx drops inherited add_header in a location with its own: each such location includes the set
    const locations = nginx.split(/\n\s*location\s+/).slice(1)
    for (const location of locations.filter((l) => l.includes('add_header'))) {
      expect(location).toContain('include /etc/nginx/snippets/security-headers.conf;')
    }
    expect(read('Dockerfile')).toContain('COPY security-headers.conf /etc/nginx/snippets/security-headers.conf')
  })
})
