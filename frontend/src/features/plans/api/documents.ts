import { api, saveBlob } from '@/lib/api-client'

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
 * GET /plans/{id}/document.{docx|pdf} through the shared client (bearer token, silent refresh,
 * problem+json errors as ApiError; a plain link would carry no token) and save it as a file.
 */
export async function downloadDocument(
  plan: { id: string; number: string | null; title: string },
  format: DocumentFormat,
): Promise<void> {
  const blob = await api.getBlob(`/plans/${encodeURIComponent(plan.id)}/document.${format}`)
  saveBlob(blob, documentFileName(plan, format))
}
