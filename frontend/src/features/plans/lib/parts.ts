import { randomUuid } from '@/lib/ids'
import type {
  ContentItem,
  LegalBasis,
  Milestone,
  OtherSection,
  PartName,
  PlanDetail,
  PlanParts,
  ReportingObligation,
  Target,
} from '../api/types'

/** Parts that can appear as a numbered section (I, II, III …) of the document, in a default order. */
export const SECTION_PARTS = [
  'purposes',
  'requirements',
  'objectives',
  'contents',
  'criteriaGroups',
  'targets',
  'milestones',
  'awardForms',
  'assignments',
  'reportingObligations',
  'unitPlansRequired',
] as const

export type SectionPart = (typeof SECTION_PARTS)[number]

export const OTHER_SECTION_PREFIX = 'otherSections:'

/** Every editable part, in the editor's order; each one is PATCHed on its own. */
export const EDITABLE_PARTS: readonly PartName[] = [
  'title',
  'summary',
  'issuingUnitId',
  'movementIds',
  'startYear',
  'endYear',
  'sectionOrder',
  'legalBases',
  'introduction',
  'purposes',
  'requirements',
  'objectives',
  'contents',
  'criteriaGroups',
  'targets',
  'milestones',
  'awardForms',
  'assignments',
  'addresseeUnitIds',
  'reportingObligations',
  'unitPlansRequired',
  'otherSections',
  'closing',
  'recipients',
  'signer',
  'place',
]

export function emptyParts(): PlanParts {
  return {
    title: '',
    summary: null,
    issuingUnitId: null,
    movementIds: [],
    startYear: 2025,
    endYear: 2030,
    sectionOrder: ['purposes', 'contents', 'targets', 'awardForms', 'assignments', 'reportingObligations'],
    legalBases: [],
    purposes: [],
    requirements: [],
    objectives: [],
    contents: [],
    criteriaGroups: [],
    targets: [],
    milestones: [],
    awardForms: [],
    assignments: [],
    addresseeUnitIds: [],
    reportingObligations: [],
    unitPlansRequired: null,
    otherSections: [],
    recipients: ['Lưu: VT.'],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'CHỦ TỊCH', title: null, fullName: null },
    place: null,
    introduction: [],
    closing: [],
  }
}

/** The editable parts of a loaded plan, with every missing part at its empty value. */
export function partsOf(plan: PlanDetail & { title: string }): PlanParts {
  const base = emptyParts()
  const parts = { ...base } as Record<string, unknown>
  for (const name of EDITABLE_PARTS) {
    const value = (plan as unknown as Record<string, unknown>)[name]
    if (value !== undefined) parts[name] = value ?? (Array.isArray(base[name]) ? [] : null)
  }
  return structuredClone(parts) as unknown as PlanParts
}

export function newLegalBasis(): LegalBasis {
  return { id: randomUuid(), relation: 'BASIS', documentKind: 'PLAN', number: null, date: null, issuer: null, title: null, parentPlanId: null }
}

/** A new item numbered after its siblings, or unnumbered when they all are (Kiến An writes dashes). */
export function newContent(siblings: { number: string | null }[], child = false): ContentItem {
  const unnumbered = siblings.length > 0 && siblings.every((s) => !s.number?.trim())
  const number = unnumbered ? null : child ? String.fromCharCode(97 + siblings.length) : String(siblings.length + 1)
  return { id: randomUuid(), number, title: '', body: null, children: [] }
}

/** A new target; the editor offers the plan's years, and a year's value exists only once it is typed. */
export function newTarget(existing: Target[]): Target {
  const values: Target['values'] = []
  return {
    id: randomUuid(),
    code: `CT${String(existing.length + 1).padStart(2, '0')}`,
    name: '',
    unitOfMeasure: '%',
    percentage: true,
    comparison: 'GTE',
    numeratorDescription: null,
    denominatorDescription: null,
    targetGroup: null,
    contentId: null,
    values,
  }
}

export function newMilestone(): Milestone {
  return { id: randomUuid(), kind: 'OTHER', title: '', date: null, month: null, year: null }
}

export function newObligation(startYear: number | null, endYear: number | null): ReportingObligation {
  return {
    id: randomUuid(),
    title: 'Báo cáo kết quả thực hiện Phong trào thi đua',
    kind: 'ANNUAL',
    reporters: { mode: 'ADDRESSEES', unitIds: [], unitKinds: [] },
    recipientUnitId: null,
    dueDay: 5,
    dueMonth: 12,
    dueDate: null,
    firstYear: startYear,
    lastYear: endYear,
    secondHop: null,
  }
}

export function newOtherSection(): OtherSection {
  return { id: randomUuid(), heading: '', paragraphs: [''] }
}

export function yearsBetween(startYear: number | null, endYear: number | null): number[] {
  if (!startYear || !endYear || endYear < startYear || endYear - startYear > 20) return startYear ? [startYear] : []
  return Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i)
}

/** Move the item at `index` one place up (-1) or down (+1); a new array, the same items. */
export function moved<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta
  if (to < 0 || to >= items.length) return [...items]
  const copy = [...items]
  const [item] = copy.splice(index, 1)
  copy.splice(to, 0, item as T)
  return copy
}

export function removed<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index)
}

/** Does a part hold anything worth a section of the document? */
export function partHasContent(parts: PlanParts, key: string): boolean {
  if (key.startsWith(OTHER_SECTION_PREFIX)) return parts.otherSections.some((s) => OTHER_SECTION_PREFIX + s.id === key)
  const value = (parts as unknown as Record<string, unknown>)[key]
  if (Array.isArray(value)) return value.length > 0
  return value !== null && value !== undefined
}

/**
 * The section order to present: the stored order (known keys only, no duplicates), then any
 * section that has content but no place yet (other sections included), so nothing is left out.
 */
export function effectiveSectionOrder(parts: PlanParts): string[] {
  const known = new Set<string>([...SECTION_PARTS, ...parts.otherSections.map((s) => OTHER_SECTION_PREFIX + s.id)])
  const order: string[] = []
  for (const key of parts.sectionOrder ?? []) if (known.has(key) && !order.includes(key)) order.push(key)
  for (const key of known) if (!order.includes(key) && partHasContent(parts, key)) order.push(key)
  return order
}

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]

export function roman(n: number): string {
  let rest = n
  let out = ''
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol
      rest -= value
    }
  }
  return out
}

export const TARGET_GROUPS = [
  'OFFICES_AND_UNITS',
  'FRONT_AND_MASS_ORGANISATIONS',
  'ENTERPRISES_AND_COOPERATIVES',
  'SCHOOLS',
  'VILLAGES',
  'HOUSEHOLDS',
  'INDIVIDUALS',
  'OTHER',
] as const
export const OCCASIONS = ['ANNUAL', 'PRELIMINARY_REVIEW', 'FINAL_REVIEW', 'AD_HOC'] as const
export const MILESTONE_KINDS = ['LAUNCH', 'UNIT_PLANS_DUE', 'PRELIMINARY_REVIEW', 'FINAL_REVIEW', 'OTHER'] as const
export const OBLIGATION_KINDS = ['ANNUAL', 'PRELIMINARY_REVIEW', 'FINAL_REVIEW', 'AD_HOC'] as const
export const ASSIGNMENT_ROLES = ['LEAD', 'COOPERATE', 'IMPLEMENT'] as const
export const UNIT_KINDS = ['OFFICE', 'CENTRE', 'SCHOOL', 'VILLAGE', 'MASS_ORGANISATION', 'ENTERPRISE', 'POLICE', 'PARTY_BODY', 'OTHER'] as const
export const COMPARISONS = ['GTE', 'GT', 'EQ', 'LTE', 'LT'] as const
/** The document's sign for a comparison ("≥ 80", "> 80"); EQ prints the bare value. */
export const COMPARISON_SIGNS: Record<string, string> = { GTE: '≥ ', GT: '> ', LTE: '≤ ', LT: '< ', EQ: '' }
