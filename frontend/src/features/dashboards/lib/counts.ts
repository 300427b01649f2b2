import type { Counts } from '../api/types'

/** The order the counts are shown in, cards and table columns alike. */
export const COUNT_KEYS: readonly (keyof Counts)[] = ['expected', 'submitted', 'onTime', 'late', 'returned', 'accepted', 'missing', 'notYetDue']

export function emptyCounts(): Counts {
  return { expected: 0, submitted: 0, onTime: 0, late: 0, returned: 0, accepted: 0, missing: 0, notYetDue: 0 }
}
