import type { ConsolidationContent } from '../api/types'

/** The content items as the server sends them (flat, in tree order), with null lists and texts made empty. */
export function flattenContents(contents: ConsolidationContent[] | null | undefined): ConsolidationContent[] {
  return (contents ?? []).map((item) => ({ ...item, parentId: item.parentId ?? null, sources: item.sources ?? [], text: item.text ?? '' }))
}

/** A number as Vietnamese (1.234,5) or English (1,234.5) readers write it; '—' for none. */
export function formatNumber(value: number | null | undefined, locale: string, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: digits }).format(value)
}

/** How late, in the largest whole unit that fits: days, else hours, else minutes. */
export function lateParts(seconds: number | null | undefined): { unit: 'days' | 'hours' | 'minutes'; n: number } | null {
  if (!seconds || seconds <= 0) return null
  if (seconds >= 86_400) return { unit: 'days', n: Math.floor(seconds / 86_400) }
  if (seconds >= 3_600) return { unit: 'hours', n: Math.floor(seconds / 3_600) }
  return { unit: 'minutes', n: Math.max(1, Math.floor(seconds / 60)) }
}
