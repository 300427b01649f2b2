import { api, saveBlob, type Page } from '@/lib/api-client'
import type * as T from './types.contract'

// The award cycle's calls of award-service (issue 7 contract): rounds, registration, nominations
// with attachments, import and log, postings and objections, decisions, forwarding, fund and the
// award history. The council, board and public screens add theirs in awards-council.ts,
// awards-board.ts and awards-public.ts next to this file.

export type * from './types.contract'

const enc = encodeURIComponent
const round = (id: string) => `/award-rounds/${enc(id)}`
const nomination = (id: string) => `/nominations/${enc(id)}`

// ---- Rule sets and rounds ----

export function getRuleSetInForce(on?: string): Promise<T.RuleSetView> {
  return api.get<T.RuleSetView>('/award-rule-sets/in-force', { query: { on } })
}

export function listRounds(query: T.RoundQuery): Promise<Page<T.RoundView>> {
  return api.get<Page<T.RoundView>>('/award-rounds', { query: { ...query } })
}

export function getRound(id: string, signal?: AbortSignal): Promise<T.RoundView> {
  return api.get<T.RoundView>(round(id), { signal })
}

/** Mở đợt khen thưởng (201). */
export function createRound(request: T.CreateRoundRequest): Promise<T.RoundView> {
  return api.post<T.RoundView>('/award-rounds', request)
}

export function updateRound(id: string, request: T.UpdateRoundRequest): Promise<T.RoundView> {
  return api.put<T.RoundView>(round(id), request)
}

export function closeRound(id: string): Promise<T.RoundView> {
  return api.post<T.RoundView>(`${round(id)}/close`, {})
}

// ---- Registration (đăng ký thi đua) ----

export function listRegistrations(query: { year?: number; unitId?: string; page: number; size: number }): Promise<Page<T.RegistrationView>> {
  return api.get<Page<T.RegistrationView>>('/emulation-registrations', { query })
}

export function saveRegistration(unitId: string, year: number, request: T.RegistrationRequest): Promise<T.RegistrationView> {
  return api.put<T.RegistrationView>(`/emulation-registrations/${enc(unitId)}/${year}`, request)
}

// ---- Nominations ----

export function listNominations(query: T.NominationQuery): Promise<Page<T.NominationView>> {
  return api.get<Page<T.NominationView>>('/nominations', { query: { ...query } })
}

export function getNomination(id: string, signal?: AbortSignal): Promise<T.NominationView> {
  return api.get<T.NominationView>(nomination(id), { signal })
}

/** Lập hồ sơ đề nghị: a DRAFT (201). */
export function createNomination(request: T.CreateNominationRequest): Promise<T.NominationView> {
  return api.post<T.NominationView>('/nominations', request)
}

/** Autosave of a draft; re-runs eligibility on the server, 409 on a stale version. */
export function updateNomination(id: string, request: T.UpdateNominationRequest): Promise<T.NominationView> {
  return api.put<T.NominationView>(nomination(id), request)
}

/** The live eligibility result (nothing stored). */
export function getEligibility(id: string, signal?: AbortSignal): Promise<T.LiveEligibilityView> {
  return api.get<T.LiveEligibilityView>(`${nomination(id)}/eligibility`, { signal })
}

/** The sender's moves (gửi, thu hồi, rút) and the office's (tiếp nhận, phân công, thẩm định, trả lại, vượt kiểm tra). */
export type NominationMove = 'submit' | 'recall' | 'withdraw' | 'receive' | 'assign' | 'appraise' | 'return' | 'override'

export interface MoveBodies {
  submit: Record<string, never>
  recall: Record<string, never>
  withdraw: T.MoveBodiesReason
  receive: Record<string, never>
  assign: T.AssignBody
  appraise: T.AppraiseBody
  return: T.MoveBodiesReason
  override: T.MoveBodiesReason
}

export function moveNomination<M extends NominationMove>(id: string, move: M, body: MoveBodies[M]): Promise<T.NominationView> {
  return api.post<T.NominationView>(`${nomination(id)}/${move}`, body)
}

export const submitNomination = (id: string) => moveNomination(id, 'submit', {})
export const recallNomination = (id: string) => moveNomination(id, 'recall', {})
export const withdrawNomination = (id: string, reason: string) => moveNomination(id, 'withdraw', { reason })
export const receiveNomination = (id: string) => moveNomination(id, 'receive', {})
export const assignNomination = (id: string, officer: string) => moveNomination(id, 'assign', { officer })
export const appraiseNomination = (id: string, eligible: boolean, note: string) => moveNomination(id, 'appraise', { eligible, note })
export const returnNomination = (id: string, reason: string) => moveNomination(id, 'return', { reason })
export const overrideEligibility = (id: string, reason: string) => moveNomination(id, 'override', { reason })

export function getNominationLog(id: string): Promise<T.NominationLogEntry[]> {
  return api.get<T.NominationLogEntry[]>(`${nomination(id)}/log`)
}

/** Phiếu theo dõi xử lý hồ sơ, to print. */
export async function downloadNominationLog(id: string, format: T.DocumentFormat): Promise<void> {
  const blob = await api.getBlob(`${nomination(id)}/log/document`, { query: { format } })
  saveBlob(blob, `phieu-theo-doi-ho-so-${id.slice(0, 8)}.${format}`)
}

// ---- Attachments of a dossier ----

const attachments = (id: string) => `${nomination(id)}/attachments`

export function uploadNominationAttachment(
  id: string,
  kind: T.AttachmentKind,
  file: File,
  onProgress?: (fraction: number) => void,
): Promise<T.NominationAttachmentView> {
  const body = new FormData()
  body.append('kind', kind)
  body.append('file', file, file.name)
  return api.upload<T.NominationAttachmentView>(attachments(id), body, {
    onProgress: (loaded, total) => onProgress?.(total > 0 ? loaded / total : 0),
  })
}

export async function downloadNominationAttachment(id: string, attachment: Pick<T.NominationAttachmentView, 'id' | 'fileName'>): Promise<void> {
  saveBlob(await api.getBlob(`${attachments(id)}/${enc(attachment.id)}`), attachment.fileName)
}

export function deleteNominationAttachment(id: string, attachmentId: string): Promise<void> {
  return api.delete(`${attachments(id)}/${enc(attachmentId)}`)
}

// ---- Import from XLSX ----

export async function downloadImportTemplate(roundId: string): Promise<void> {
  saveBlob(await api.getBlob(`${round(roundId)}/nominations/import-template`), 'mau-nhap-de-nghi-khen-thuong.xlsx')
}

/**
 * 201 {created, ids} or 400 with `errors: [{field: "row 3: nominee.dateOfBirth", message}]`, nothing created.
 * The office imports for a unit it names (`nominatingUnitId`); a unit user for its own unit.
 */
export function importNominations(roundId: string, file: File, nominatingUnitId?: string): Promise<T.ImportResult> {
  const body = new FormData()
  body.append('file', file, file.name)
  if (nominatingUnitId) body.append('nominatingUnitId', nominatingUnitId)
  return api.upload<T.ImportResult>(`${round(roundId)}/nominations/import`, body)
}

// ---- Accepted reports a dossier may cite (report-service) ----

export interface AcceptedReportOption {
  reportId: string
  title: string
  year: number
  unitName: string
}

interface RequirementRowLite {
  period: { title: string; year: number }
  unit: { id: string; name: string }
  report: { id: string; status: string } | null
}

/** The unit's accepted reports, from its report requirements (GET /report-requirements). */
export async function listAcceptedReports(unitId: string): Promise<AcceptedReportOption[]> {
  const page = await api.get<Page<RequirementRowLite>>('/report-requirements', { query: { unitId, page: 0, size: 100 } })
  return (page.items ?? [])
    .filter((row) => row.report?.status === 'ACCEPTED')
    .map((row) => ({ reportId: row.report!.id, title: row.period.title, year: row.period.year, unitName: row.unit.name }))
}

// ---- Public posting and objections (office side) ----

export function listPostings(query: { roundId?: string; page: number; size: number }): Promise<Page<T.PostingView>> {
  return api.get<Page<T.PostingView>>('/public-postings', { query })
}

export function getPosting(id: string): Promise<T.PostingView> {
  return api.get<T.PostingView>(`/public-postings/${enc(id)}`)
}

export function createPosting(request: T.CreatePostingRequest): Promise<T.PostingView> {
  return api.post<T.PostingView>('/public-postings', request)
}

export function resolveObjection(id: string, request: T.ObjectionResolutionRequest): Promise<T.ObjectionView> {
  return api.post<T.ObjectionView>(`/objections/${enc(id)}/resolution`, request)
}

// ---- Commune decisions ----

export function listDecisions(query: { roundId?: string; year?: number; page: number; size: number }): Promise<Page<T.DecisionView>> {
  return api.get<Page<T.DecisionView>>('/decisions', { query })
}

export function getDecision(id: string): Promise<T.DecisionView> {
  return api.get<T.DecisionView>(`/decisions/${enc(id)}`)
}

export function createDecision(request: T.CreateDecisionRequest): Promise<T.DecisionView> {
  return api.post<T.DecisionView>('/decisions', request)
}

export function updateDecision(id: string, request: T.UpdateDecisionRequest): Promise<T.DecisionView> {
  return api.put<T.DecisionView>(`/decisions/${enc(id)}`, request)
}

/** Lãnh đạo ký: numbered N/QĐ-UBND; 409 naming `nominationIds` while a window is open or an objection pending. */
export function signDecision(id: string, request: T.SignDecisionRequest = {}): Promise<T.DecisionView> {
  const body: T.SignDecisionRequest = {}
  if (request.decisionDate) body.decisionDate = request.decisionDate
  if (request.signerTitle?.trim()) body.signerTitle = request.signerTitle.trim()
  return api.post<T.DecisionView>(`/decisions/${enc(id)}/sign`, body)
}

export async function downloadDecision(decision: Pick<T.DecisionView, 'id' | 'number'>, format: T.DocumentFormat): Promise<void> {
  const blob = await api.getBlob(`/decisions/${enc(decision.id)}/document`, { query: { format } })
  const name = decision.number ? decision.number.replace(/[^\w-]+/g, '-') : 'du-thao'
  saveBlob(blob, `quyet-dinh-${name}.${format}`)
}

// ---- Forwarding to the city/province board ----

export function listForwardings(query: { roundId?: string; page: number; size: number }): Promise<Page<T.ForwardingView>> {
  return api.get<Page<T.ForwardingView>>('/forwardings', { query })
}

export function createForwarding(request: T.CreateForwardingRequest): Promise<T.ForwardingView> {
  return api.post<T.ForwardingView>('/forwardings', request)
}

export async function downloadForwardingBundle(id: string): Promise<void> {
  saveBlob(await api.getBlob(`/forwardings/${enc(id)}/bundle`), `ho-so-trinh-${id.slice(0, 8)}.zip`)
}

// ---- Fund ledger ----

export function getFund(communeId: string, year: number): Promise<T.FundView> {
  return api.get<T.FundView>(`/funds/${enc(communeId)}/${year}`)
}

export function addFundEntry(communeId: string, year: number, request: T.FundEntryRequest): Promise<T.FundEntryView> {
  return api.post<T.FundEntryView>(`/funds/${enc(communeId)}/${year}/entries`, request)
}

// ---- Award history (tra cứu) ----

export function searchAwardRecords(query: T.AwardRecordQuery): Promise<Page<T.AwardRecordView>> {
  return api.get<Page<T.AwardRecordView>>('/award-records', { query: { ...query } })
}

/** Returns the annulled record (AnnulledAwardView: the fields of AwardRecordView). */
export function annulAwardRecord(id: string, request: T.AnnulmentRequest): Promise<T.AwardRecordView> {
  return api.post<T.AwardRecordView>(`/award-records/${enc(id)}/annulment`, request)
}
