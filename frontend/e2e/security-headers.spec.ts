import { expect, test } from '@playwright/test'

// Against the running stack (vite preview on :8080 in ./test.sh, nginx in compose): the SPA and the
// APIs behind its proxy answer with the security headers, the SPA works under its CSP (no violation
// while signing in and opening the plans list), and the APIs grant CORS only to the SPA's origin.
const USER = process.env.E2E_USER || 'kienan.office'
const PASSWORD = process.env.E2E_PASSWORD || 'thidua-demo'

test('the SPA is served with a CSP that allows no inline script and forbids framing', async ({ request }) => {
  const response = await request.get('/')
  expect(response.status()).toBe(200)
  const headers = response.headers()
  const csp = headers['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBeTruthy()
})

test('an API answer through the proxy carries the security headers and is never stored', async ({ request }) => {
  const response = await request.get('/api/v1/plans')
  expect(response.status()).toBe(401)
  const headers = response.headers()
  expect(headers['content-type']).toContain('application/problem+json')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['cache-control']).toBe('no-store')
})

test('CORS: a preflight from the SPA origin is allowed, one from another origin is refused', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin
  const allowed = await request.fetch('/api/v1/plans', {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
  })
  // Same origin as the SPA: the browser needs no grant, and a grant may only name this origin.
  expect(allowed.status()).toBeLessThan(400)
  const grant = allowed.headers()['access-control-allow-origin']
  if (grant !== undefined) expect(grant).toBe(origin)

  const refused = await request.fetch('/api/v1/plans', {
    method: 'OPTIONS',
    headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
  })
  expect(refused.status()).toBe(403)
  expect(refused.headers()['access-control-allow-origin']).toBeUndefined()
})

test('signing in and opening the plans list breaks no rule of the CSP and sets no cookie', async ({ page, context }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/login')
  await page.getByTestId('login-username').fill(USER)
  await page.getByTestId('login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('side-nav')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(violations).toEqual([])
  expect(await context.cookies()).toEqual([])
})
