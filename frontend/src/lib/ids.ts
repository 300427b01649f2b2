// Client-generated identifiers, such as the Idempotency-Key of a create request.

/**
 * A random RFC 4122 version 4 UUID. `crypto.randomUUID` exists only in secure contexts
 * (https, localhost); a commune office reaching the app over plain http on its LAN gets the same
 * result from `crypto.getRandomValues`, which is available everywhere.
 */
export function randomUuid(): string {
  const c = globalThis.crypto
  if (typeof c?.randomUUID === 'function') return c.randomUUID()
  const bytes = new Uint8Array(16)
  c.getRandomValues(bytes)
  bytes[6] = (bytes[6]! & 0x0f) | 0x40 // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80 // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
