/** Only same-site paths are followed after login, never another origin (no open redirect). */
export function safeRedirect(value: unknown): string | null {
  const path = Array.isArray(value) ? value[0] : value
  if (typeof path !== 'string' || !path.startsWith('/')) return null
  if (path.startsWith('//') || path.startsWith('/\\')) return null
  if (path === '/login' || path.startsWith('/login?') || path.startsWith('/login/')) return null
  return path
}
