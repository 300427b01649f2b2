// Security headers of the SPA, sent by the Vite dev and preview servers (vite.config.ts) and by nginx
// in the compose deployment (security-headers.conf, included by nginx.conf);
// src/test/security-headers.spec.ts keeps the two in step.
//
// Scripts come only from our own origin (index.html has no inline script); Element Plus sets style
// attributes and injects <style> elements, so styles may be inline. Nothing may frame the SPA.

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const spaSecurityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
}

// Only where the SPA is served over HTTPS (compose behind TLS): browsers ignore it on plain HTTP,
// and on the local Vite servers it would only pin 127.0.0.1 to HTTPS for no gain.
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains'
