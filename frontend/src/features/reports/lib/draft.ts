import type { FormContent, FormTarget, Grade, ProposedAward, ReportForm, ReportView, SaveReportRequest } from '../api/types'
import { numberToInput, parseNumber } from './targets'

// The report as the form edits it: numbers kept as typed (strings) so that "12,5" or a half-typed
// value is never lost; turned into the PUT body (numbers) only when saving.

export interface TargetDraft {
  targetId: string
  value: string
  numerator: string
  denominator: string
  note: string
}

export interface ReportDraft {
  summary: string
  /** One per content of the plan, in tree order (the index is the field path: contents[i].text). */
  contents: { contentId: string; text: string }[]
  /** One per target of the form, in its order (targets[i].numerator). */
  targets: TargetDraft[]
  difficulties: string
  proposals: string
  selfAssessment: { grade: Grade | null; text: string }
  proposedAwards: ProposedAward[]
}

export interface NumberedContent {
  content: FormContent
  /** "1", "1.2": the plan's own number, else its position in the tree. */
  number: string
  depth: number
  /** Index in ReportDraft.contents. */
  index: number
}

/** The content tree flattened in reading order, each with its number and depth. */
export function flattenContents(contents: FormContent[]): NumberedContent[] {
  const out: NumberedContent[] = []
  const walk = (items: FormContent[], prefix: string, depth: number) => {
    items.forEach((content, i) => {
      const number = content.number?.trim() || (prefix ? `${prefix}.${i + 1}` : String(i + 1))
      out.push({ content, number, depth, index: out.length })
      walk(content.children ?? [], number, depth + 1)
    })
  }
  walk(contents, '', 0)
  return out
}

export function emptyDraft(): ReportDraft {
  return {
    summary: '',
    contents: [],
    targets: [],
    difficulties: '',
    proposals: '',
    selfAssessment: { grade: null, text: '' },
    proposedAwards: [],
  }
}

/** The form's shape filled with what the report holds (a content or target the report lacks starts empty). */
export function draftFrom(form: ReportForm, view: ReportView | null): ReportDraft {
  const texts = new Map((view?.contents ?? []).map((c) => [c.contentId, c.text ?? '']))
  const values = new Map((view?.targets ?? []).map((t) => [t.targetId, t]))
  return {
    summary: view?.summary ?? '',
    contents: flattenContents(form.contents).map(({ content }) => ({ contentId: content.id, text: texts.get(content.id) ?? '' })),
    targets: form.targets.map((target) => {
      const stored = values.get(target.id)
      return {
        targetId: target.id,
        value: target.percentage ? '' : numberToInput(stored?.value),
        numerator: numberToInput(stored?.numerator),
        denominator: numberToInput(stored?.denominator),
        note: stored?.note ?? '',
      }
    }),
    difficulties: view?.difficulties ?? '',
    proposals: view?.proposals ?? '',
    selfAssessment: { grade: view?.selfAssessment?.grade ?? null, text: view?.selfAssessment?.text ?? '' },
    proposedAwards: (view?.proposedAwards ?? []).map((a) => ({ awardFormCode: a.awardFormCode, nominee: a.nominee ?? '', reason: a.reason ?? '' })),
  }
}

const num = (raw: string) => {
  const n = parseNumber(raw)
  return n === null || Number.isNaN(n) ? null : n
}

/** The PUT body (without the version). A percentage target sends numerator and denominator only. */
export function requestBody(draft: ReportDraft, targets: FormTarget[]): Omit<SaveReportRequest, 'version'> {
  const percentageOf = new Map(targets.map((t) => [t.id, t.percentage]))
  return {
    summary: draft.summary,
    contents: draft.contents.map((c) => ({ contentId: c.contentId, text: c.text })),
    targets: draft.targets.map((t) => {
      const pct = percentageOf.get(t.targetId) ?? false
      return {
        targetId: t.targetId,
        value: pct ? null : num(t.value),
        numerator: pct ? num(t.numerator) : null,
        denominator: pct ? num(t.denominator) : null,
        note: t.note.trim() ? t.note : null,
      }
    }),
    difficulties: draft.difficulties,
    proposals: draft.proposals,
    selfAssessment: { grade: draft.selfAssessment.grade, text: draft.selfAssessment.text },
    proposedAwards: draft.proposedAwards.map((a) => ({ awardFormCode: a.awardFormCode, nominee: a.nominee, reason: a.reason })),
  }
}

export type LocalProblem = 'notANumber' | 'negative' | 'numeratorAboveDenominator' | 'nomineeRequired' | 'awardFormRequired'

/** What the form can tell before the server does, at the same paths as the server's field errors. */
export function localProblems(draft: ReportDraft, targets: FormTarget[]): Record<string, LocalProblem> {
  const problems: Record<string, LocalProblem> = {}
  const percentageOf = new Map(targets.map((t) => [t.id, t.percentage]))
  draft.targets.forEach((t, i) => {
    const fields: ('value' | 'numerator' | 'denominator')[] = percentageOf.get(t.targetId) ? ['numerator', 'denominator'] : ['value']
    for (const field of fields) {
      const n = parseNumber(t[field])
      if (n === null) continue
      if (Number.isNaN(n)) problems[`targets[${i}].${field}`] = 'notANumber'
      else if (n < 0) problems[`targets[${i}].${field}`] = 'negative'
    }
    if (percentageOf.get(t.targetId) && !problems[`targets[${i}].numerator`] && !problems[`targets[${i}].denominator`]) {
      const numerator = parseNumber(t.numerator)
      const denominator = parseNumber(t.denominator)
      if (numerator !== null && denominator !== null && numerator > denominator) problems[`targets[${i}].numerator`] = 'numeratorAboveDenominator'
    }
  })
  draft.proposedAwards.forEach((a, i) => {
    // A row the user has only just added is not a problem until something is typed into it.
    if (!a.awardFormCode && !a.nominee.trim() && !a.reason.trim()) return
    if (!a.awardFormCode) problems[`proposedAwards[${i}].awardFormCode`] = 'awardFormRequired'
    if (!a.nominee.trim()) problems[`proposedAwards[${i}].nominee`] = 'nomineeRequired'
  })
  return problems
}

/** Rows the user added but left blank are not sent. */
export function withoutBlankAwards(body: Omit<SaveReportRequest, 'version'>): Omit<SaveReportRequest, 'version'> {
  return { ...body, proposedAwards: body.proposedAwards.filter((a) => a.awardFormCode || a.nominee.trim() || a.reason.trim()) }
}

/** Sections left empty, for the warning before sending. */
export function emptySections(draft: ReportDraft, targets: FormTarget[]): { contents: number; targets: number; free: boolean } {
  const percentageOf = new Map(targets.map((t) => [t.id, t.percentage]))
  return {
    contents: draft.contents.filter((c) => !c.text.trim()).length,
    targets: draft.targets.filter((t) => (percentageOf.get(t.targetId) ? !t.numerator.trim() || !t.denominator.trim() : !t.value.trim())).length,
    free: !draft.difficulties.trim() && !draft.proposals.trim(),
  }
}
