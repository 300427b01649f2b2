/**
 * Where an inbox item leads inside the SPA: a path (/reports/…) as is, an absolute URL of this
 * origin as its path; anything else (another site) is not followed inside the app (null).
 */
export function spaPath(link: string | null | undefined, origin: string = window.location.origin): string | null {
  if (!link) return null
  if (link.startsWith('/') && !link.startsWith('//')) return link
  try {
    const url = new URL(link)
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null
  } catch {
    return null
  }
}
