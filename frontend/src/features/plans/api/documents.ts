import { API_PREFIX, ApiError, type ProblemDetails } from '@/lib/api-client'
import { useAuthStore } from '@/stores/auth'

export type DocumentFormat = 'docx' | 'pdf'

/** The file name a download is saved under: the number (or the title) and the format. */
export function documentFileName(plan: { number: string | null; title: string }, format: DocumentFormat): string {
  const base = (plan.number || plan.title || 'ke-hoach')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${base || 'ke-hoach'}.${format}`
}

/**
 * GET /plans/{id}/document.{docx|pdf} with the session's bearer token (a plain link would carry
 * none) and save the answer as a file.
 */
export async function downloadDocument(
  plan: { id: string; number: string | null; title: string },
  format: DocumentFormat,
): Promise<void> {
  const token = useAuthStore().token
  const response = await fetch(`${API_PREFIX}/plans/${encodeURIComponent(plan.id)}/document.${format}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  }).catch((cause: unknown) => {
    throw new ApiError(0, { title: 'Network error', detail: cause instanceof Error ? cause.message : String(cause) })
  })
  if (!response.ok) {
    let problem: ProblemDetails = {}
    try {
      problem = (await response.json()) as ProblemDetails
    } catch {
      problem = { title: response.statusText }
    }
    throw new ApiError(response.status, problem)
  }
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = documentFileName(plan, format)
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
