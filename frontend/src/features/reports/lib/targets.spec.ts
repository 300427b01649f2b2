import { describe, expect, it } from 'vitest'
import { attained, comparisonSign, formatNumber, parseNumber, percentage } from './targets'

describe('target arithmetic', () => {
  it('reads numbers as Vietnamese users type them', () => {
    expect(parseNumber('12,5')).toBe(12.5)
    expect(parseNumber('12.5')).toBe(12.5)
    expect(parseNumber(' 1.250 ')).toBe(1250)
    expect(parseNumber('1.250,75')).toBe(1250.75)
    expect(parseNumber('1,250.75')).toBe(1250.75)
    expect(parseNumber('')).toBeNull()
    expect(parseNumber('  ')).toBeNull()
    expect(parseNumber('mười')).toBeNaN()
    expect(parseNumber('12a')).toBeNaN()
    expect(parseNumber('-3')).toBe(-3)
  })

  it('computes the percentage with 2 decimals, none for a zero denominator', () => {
    expect(percentage(45, 50)).toBe(90)
    expect(percentage(1, 3)).toBe(33.33)
    expect(percentage(2, 3)).toBe(66.67)
    expect(percentage(5, 0)).toBeNull()
    expect(percentage(null, 10)).toBeNull()
  })

  it('compares a result with the target value under each comparison', () => {
    expect(attained(80, 'GTE', 80)).toBe(true)
    expect(attained(80, 'GT', 80)).toBe(false)
    expect(attained(5, 'LTE', 5)).toBe(true)
    expect(attained(6, 'LT', 5)).toBe(false)
    expect(attained(100, 'EQ', 100)).toBe(true)
    expect(attained(90, 'GTE', null)).toBeNull()
    expect(attained(null, 'GTE', 80)).toBeNull()
    // An unknown comparison reads as "at least".
    expect(attained(90, 'ABOUT', 80)).toBe(true)
    expect(comparisonSign('LTE')).toBe('≤')
    expect(comparisonSign('GT')).toBe('>')
  })

  it('prints numbers with the Vietnamese decimal comma', () => {
    expect(formatNumber(33.33)).toBe('33,33')
    expect(formatNumber(33.33, 'en')).toBe('33.33')
    expect(formatNumber(null)).toBe('—')
  })
})
