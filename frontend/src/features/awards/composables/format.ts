// Display helpers of the award screens (dates come from @/lib/format: dd/MM/yyyy).

/** 1.404.000 đ, as a Vietnamese reader writes amounts. */
export function formatVnd(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return '—'
  return `${Math.round(amount).toLocaleString('vi-VN')} đ`
}

/** Today in Vietnam as yyyy-MM-dd (the API's date format). */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() + 7 * 3600 * 1000)
  return local.toISOString().slice(0, 10)
}
