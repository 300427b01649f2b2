import { describe, expect, it } from 'vitest'
import type { FormTarget, ReportForm, ReportView } from '../api/types'
import { draftFrom, emptySections, flattenContents, localProblems, requestBody } from './draft'

const target = (over: Partial<FormTarget>): FormTarget => ({
  id: 't',
  code: 'CT',
  name: 'Chỉ tiêu',
  unitOfMeasure: null,
  percentage: false,
  comparison: 'GTE',
  numeratorDescription: null,
  denominatorDescription: null,
  targetGroup: null,
  contentId: null,
  targetValue: null,
  yearComparison: null,
  yearNote: null,
  ...over,
})

const form = {
  contents: [
    { id: 'c1', number: null, title: 'Nội dung một', children: [{ id: 'c1a', number: null, title: 'Con', children: [] }] },
    { id: 'c2', number: 'II', title: 'Nội dung hai', children: [] },
  ],
  targets: [target({ id: 't1', percentage: true }), target({ id: 't2' })],
} as unknown as ReportForm

describe('report draft', () => {
  it('numbers the content tree in reading order', () => {
    expect(flattenContents(form.contents).map((c) => [c.number, c.depth, c.index])).toEqual([
      ['1', 0, 0],
      ['1.1', 1, 1],
      ['II', 0, 2],
    ])
  })

  it('fills the form from the report and turns it back into the PUT body', () => {
    const view = {
      summary: 'Tóm tắt',
      contents: [{ contentId: 'c2', text: 'Đã làm' }],
      targets: [
        { targetId: 't1', value: 90, numerator: 45, denominator: 50, note: null },
        { targetId: 't2', value: 12.5, numerator: null, denominator: null, note: 'ghi chú' },
      ],
      difficulties: null,
      proposals: 'Kiến nghị',
      selfAssessment: { grade: 'GOOD', text: '' },
      proposedAwards: [],
    } as unknown as ReportView
    const draft = draftFrom(form, view)
    expect(draft.contents.map((c) => c.text)).toEqual(['', '', 'Đã làm'])
    expect(draft.targets[1]!.value).toBe('12,5')
    const body = requestBody(draft, form.targets)
    expect(body.targets).toEqual([
      { targetId: 't1', value: null, numerator: 45, denominator: 50, note: null },
      { targetId: 't2', value: 12.5, numerator: null, denominator: null, note: 'ghi chú' },
    ])
    expect(body.difficulties).toBe('')
    expect(body.selfAssessment).toEqual({ grade: 'GOOD', text: '' })
  })

  it('finds what the server would refuse at the same field paths', () => {
    const draft = draftFrom(form, null)
    draft.targets[0]!.numerator = '60'
    draft.targets[0]!.denominator = '50'
    draft.targets[1]!.value = '-1'
    draft.proposedAwards.push({ awardFormCode: '', nominee: 'Tổ CNTT', reason: '' })
    expect(localProblems(draft, form.targets)).toEqual({
      'targets[0].numerator': 'numeratorAboveDenominator',
      'targets[1].value': 'negative',
      'proposedAwards[0].awardFormCode': 'awardFormRequired',
    })
    draft.targets[1]!.value = 'abc'
    expect(localProblems(draft, form.targets)['targets[1].value']).toBe('notANumber')
    expect(emptySections(draft, form.targets)).toEqual({ contents: 3, targets: 0, free: true })
    draft.targets[0]!.denominator = ''
    expect(emptySections(draft, form.targets).targets).toBe(1)
  })
})
