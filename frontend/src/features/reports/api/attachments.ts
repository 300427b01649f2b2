import { api, saveBlob } from '@/lib/api-client'
import type { AttachmentView } from './types'

// Tệp đính kèm of a report: PDF, DOCX, XLSX, JPG, PNG up to 20 MiB each. The server checks the
// content (magic bytes); the checks here only spare the user an upload that is bound to fail.

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
const ALLOWED: Record<string, string[]> = {
  pdf: ['application/pdf'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  png: ['image/png'],
}
export const ATTACHMENT_ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png'

export type FileRefusal = 'type' | 'size' | 'empty'

/** Why a file cannot be attached, or null when it may be sent. */
export function checkAttachment(file: File): FileRefusal | null {
  const ext = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : ''
  const types = ALLOWED[ext]
  // Browsers leave the type empty for some files; the extension then decides and the server checks the content.
  if (!types || (file.type && !types.includes(file.type))) return 'type'
  if (file.size === 0) return 'empty'
  if (file.size > MAX_ATTACHMENT_BYTES) return 'size'
  return null
}

const attachments = (reportId: string) => `/reports/${encodeURIComponent(reportId)}/attachments`

export function uploadAttachment(
  reportId: string,
  file: File,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<AttachmentView> {
  const body = new FormData()
  body.append('file', file, file.name)
  return api.upload<AttachmentView>(attachments(reportId), body, {
    signal,
    onProgress: (loaded, total) => onProgress?.(total > 0 ? loaded / total : 0),
  })
}

export async function downloadAttachment(reportId: string, attachment: Pick<AttachmentView, 'id' | 'fileName'>): Promise<void> {
  const blob = await api.getBlob(`${attachments(reportId)}/${encodeURIComponent(attachment.id)}`)
  saveBlob(blob, attachment.fileName)
}

export function deleteAttachment(reportId: string, attachmentId: string): Promise<void> {
  return api.delete(`${attachments(reportId)}/${encodeURIComponent(attachmentId)}`)
}

/** 1,2 MB / 830 KB, as a Vietnamese reader writes sizes. */
export function formatBytes(bytes: number, locale = 'vi'): string {
  const format = (n: number) => n.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 })
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`
  if (bytes >= 1024) return `${format(bytes / 1024)} KB`
  return `${bytes} B`
}
