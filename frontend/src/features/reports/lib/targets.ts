import type { Comparison } from '../api/types'

// Kết quả chỉ tiêu: what the form computes live while the unit types (the server computes the same
// on save; these only show it before).

export const COMPARISON_SIGNS: Record<string, string> = { GTE: '≥', LTE: '≤', EQ: '=', GT: '>', LT: '<' }

export function comparisonSign(comparison: Comparison | null | undefined): string {
  return (comparison && COMPARISON_SIGNS[comparison]) || '≥'
}

/**
 * A number as a Vietnamese user types it: "12,5" or "12.5", spaces and thousands dots allowed when
 * unambiguous ("1.250" = 1250 only with a comma decimal or three-digit groups). Blank → null,
 * anything else unreadable → NaN.
 */
export function parseNumber(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : NaN
  let text = raw.trim().replace(/\s+/g, '')
  if (text === '') return null
  if (text.includes(',') && text.includes('.')) {
    // 1.250,5 (Vietnamese) or 1,250.5 (English): the last separator is the decimal one.
    text = text.lastIndexOf(',') > text.lastIndexOf('.') ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '')
  } else if (text.includes(',')) {
    text = text.replace(',', '.')
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) {
    text = text.replace(/\./g, '')
  }
  if (!/^-?\d+(\.\d+)?$/.test(text)) return NaN
  return Number(text)
}

/** numerator / denominator × 100 with 2 decimals; null when either is missing or the denominator is 0. */
export function percentage(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || Number.isNaN(numerator) || Number.isNaN(denominator) || denominator === 0) return null
  return Math.round((numerator / denominator) * 10000) / 100
}

/** Whether a result meets the target value under its comparison; null when either is missing. */
export function attained(value: number | null, comparison: Comparison | null | undefined, targetValue: number | null): boolean | null {
  if (value === null || Number.isNaN(value) || targetValue === null || targetValue === undefined) return null
  switch (comparison) {
    case 'LTE':
      return value <= targetValue
    case 'EQ':
      return value === targetValue
    case 'GT':
      return value > targetValue
    case 'LT':
      return value < targetValue
    default:
      return value >= targetValue
  }
}

/** A number for display: up to 2 decimals, Vietnamese decimal comma. */
export function formatNumber(value: number | null | undefined, locale = 'vi'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  return value.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 })
}

/** A stored number as the input shows it again ("12,5"). */
export function numberToInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return String(value).replace('.', ',')
}
