import { describe, expect, it } from 'vitest'
import { effectiveSectionOrder, emptyParts, moved, newContent, newTarget, removed, roman, yearsBetween } from './parts'

describe('plan parts', () => {
  it('moves an item one place and keeps it at the ends', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
    expect(removed(['a', 'b', 'c'], 1)).toEqual(['a', 'c'])
  })

  it('presents the stored section order, then every filled part that has no place yet', () => {
    const parts = emptyParts()
    parts.sectionOrder = ['contents', 'purposes', 'contents', 'unknown', 'otherSections:gone']
    parts.targets = [newTarget([])]
    parts.otherSections = [{ id: 's1', heading: 'Kinh phí thực hiện', paragraphs: [] }]
    expect(effectiveSectionOrder(parts)).toEqual(['contents', 'purposes', 'targets', 'otherSections:s1'])
  })

  it('numbers a new target after the others and gives it no values until one is typed', () => {
    const target = newTarget([newTarget([])])
    expect(target.code).toBe('CT02')
    expect(target.values).toEqual([])
    expect(yearsBetween(2030, 2025)).toEqual([2030])
  })

  it('numbers sections in Roman numerals', () => {
    expect([1, 4, 9, 12].map(roman)).toEqual(['I', 'IV', 'IX', 'XII'])
  })

  it('numbers a new content after its siblings, or leaves it unnumbered when they are dashes', () => {
    expect(newContent([]).number).toBe('1')
    expect(newContent([{ number: '1' }, { number: '2' }]).number).toBe('3')
    expect(newContent([{ number: 'a' }], true).number).toBe('b')
    expect(newContent([{ number: null }, { number: ' ' }]).number).toBeNull()
  })

  it('starts a plan with an empty introduction and closing, both editable parts', () => {
    const parts = emptyParts()
    expect(parts.introduction).toEqual([])
    expect(parts.closing).toEqual([])
  })
})
