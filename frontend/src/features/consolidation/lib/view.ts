import type { ConsolidationContent } from '../api/types'

/** The content items in tree order, whether the server sends them flat or nested (`children`). */
export function flattenContents(contents: ConsolidationContent[] | null | undefined): ConsolidationContent[] {
  const out: ConsolidationContent[] = []
  const walk = (items: ConsolidationContent[], parentId: string | null) => {
    for (const item of items ?? []) {
      out.push({ ...item, parentId: item.parentId ?? parentId, sources: item.sources ?? [], text: item.text ?? '' })
      if (item.children?.length) walk(item.children, item.contentId)
    }
  }
  walk(contents ?? [], null)
  return out
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
