/** Shortest temporary password the SPA accepts (plan-service's PasswordPolicy checks it again). */
export const MIN_PASSWORD = 10

/** 14 characters from an alphabet without look-alikes (0/O, 1/l). */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  const bytes = new Uint8Array(14)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')
}
