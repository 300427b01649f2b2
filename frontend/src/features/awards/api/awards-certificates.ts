import { api, saveBlob, toPage, type Page } from '@/lib/api-client'
import type { AwardFormOption, CertificateLayoutRequest, CertificateLayoutView } from './types.contract'

// In phôi giấy khen: where each field is printed on a form's pre-printed certificate, and the PDFs
// of a decided award or of a signed decision (one page per recipient), through the shared client.

const enc = encodeURIComponent

export async function listAwardForms(): Promise<AwardFormOption[]> {
  return toPage(await api.get<Page<AwardFormOption>>('/award-forms', { query: { size: 200 } })).items
}

export async function listCertificateLayouts(): Promise<CertificateLayoutView[]> {
  return toPage(await api.get<Page<CertificateLayoutView>>('/certificate-layouts')).items
}

/** 409 on a stale version; 400 names the field (`fields.recipient.x`, `pageWidthMm`). */
export function saveCertificateLayout(formCode: string, request: CertificateLayoutRequest): Promise<CertificateLayoutView> {
  return api.put<CertificateLayoutView>(`/certificate-layouts/${enc(formCode)}`, request)
}

const fileSafe = (s: string) => s.replace(/[^\w-]+/g, '-')

export async function downloadAwardCertificate(record: { id: string; decisionNumber?: string | null }): Promise<void> {
  const blob = await api.getBlob(`/award-records/${enc(record.id)}/certificate`)
  saveBlob(blob, `giay-khen-${record.decisionNumber ? fileSafe(record.decisionNumber) : record.id.slice(0, 8)}.pdf`)
}

export async function downloadDecisionCertificates(decision: { id: string; number: string | null }): Promise<void> {
  const blob = await api.getBlob(`/decisions/${enc(decision.id)}/certificates`)
  saveBlob(blob, `giay-khen-${decision.number ? fileSafe(decision.number) : decision.id.slice(0, 8)}.pdf`)
}
