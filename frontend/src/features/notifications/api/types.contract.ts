// Compile-time check that the notifications feature's hand-written API shapes (types.ts) name the
// same fields as notification-service's OpenAPI document: vue-tsc fails here when one drifts.
import type { NotificationSchemas } from '@/api/types'
import type { SameKeys } from '@/api/contract'
import type * as T from './types'

export const contract: {
  inboxItem: SameKeys<T.InboxItem, NotificationSchemas['InboxItemView']>
  preferences: SameKeys<T.Preferences, NotificationSchemas['PreferenceView']>
  workingDaysView: SameKeys<T.WorkingDaysView, NotificationSchemas['WorkingDaysView']>
} = {
  inboxItem: true,
  preferences: true,
  workingDaysView: true,
}
