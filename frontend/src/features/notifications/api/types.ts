// notification-service's endpoints of issue 6 (inbox, preferences with delivery, the iCalendar link,
// the working-day calendar, the deadline state). Written by hand before the OpenAPI document had
// them; now each type is either an alias of the generated schema (src/api/generated/notification.ts)
// or checked against it key by key in types.contract.ts, so that a drift fails vue-tsc.
import type { NotificationSchemas } from '@/api/types'

/** The deadline as notification-service serves it (generated from its OpenAPI document). */
export type Deadline = NotificationSchemas['DeadlineView']

/** Computed from time and events: NOT_YET_DUE, DUE_SOON, OVERDUE, SUBMITTED, ACCEPTED, WITHDRAWN. */
export type DeadlineState = Deadline['state']

/** One notification in the user's in-app inbox. `kind`: REMINDER, OVERDUE, ESCALATION, RETURNED, … (kept open). */
export interface InboxItem {
  id: string
  kind: NotificationSchemas['EmailKind'] | (string & {})
  title: string
  /** A short text under the title. */
  body?: string | null
  /** Where the notification leads: an SPA path (/reports/requirements/…) or an absolute URL of the SPA. */
  link?: string | null
  /** The deadline it is about, when there is one. */
  deadlineId?: string | null
  createdAt: string
  readAt: string | null
  /** readAt !== null. */
  read?: boolean
}

export type UnreadCount = NotificationSchemas['Count']

export type Delivery = NotificationSchemas['Delivery']

/** GET/PUT /preferences: `emailEnabled` stays for compatibility (OFF ⇔ false). */
export interface Preferences {
  delivery?: Delivery
  emailEnabled: boolean
  language: string
}

export type CalendarLink = NotificationSchemas['CalendarLink']

export type WorkingDayKind = NotificationSchemas['Kind']

/** An exception to the Monday–Friday week: a holiday on a weekday, or a Saturday/Sunday worked instead. */
export type WorkingDay = NotificationSchemas['DayView']

export interface WorkingDaysView {
  year: number
  /** Free text: where the days come from ("Dữ liệu mặc định …", "Quản trị sửa ngày … / edited by an administrator"). */
  source: string
  /** Whether an administrator edited the shipped days. */
  edited: boolean
  days: WorkingDay[]
  changedAt?: string | null
  changedBy?: string | null
  /** To send back on PUT; null while the year has no stored row. */
  version?: number | null
}
