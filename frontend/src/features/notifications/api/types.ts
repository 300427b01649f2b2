// notification-service's new endpoints (issue 6: inbox, preferences with delivery, the iCalendar
// link, the working-day calendar, the deadline state), written by hand after /work/wt/CONTRACT-6.md
// while src/api/generated/notification.ts lacks them. Kept in this one file so that the lead can
// replace them by `NotificationSchemas[...]` shorthands after `npm run update:api`; what the
// contract leaves open is marked "assumed".
import type { NotificationSchemas } from '@/api/types'

/** The deadline as notification-service serves it (generated from its OpenAPI document). */
export type Deadline = NotificationSchemas['DeadlineView']

/** Computed from time and events: NOT_YET_DUE, DUE_SOON, OVERDUE, SUBMITTED, ACCEPTED, WITHDRAWN. */
export type DeadlineState = Deadline['state']

/** One notification in the user's in-app inbox. `kind` is an open set (REMINDER, OVERDUE, ESCALATION, RETURNED, …). */
export interface InboxItem {
  id: string
  kind: string
  title: string
  /** Assumed: a short text under the title. */
  body?: string | null
  /** Assumed: where the notification leads, an SPA path (/reports/requirements/…) or an absolute URL of the SPA. */
  link?: string | null
  createdAt: string
  readAt: string | null
  /** Assumed alias of readAt !== null. */
  read?: boolean
}

export interface UnreadCount {
  count: number
}

export type Delivery = 'EACH' | 'DIGEST' | 'OFF'

/** GET/PUT /preferences: `emailEnabled` stays for compatibility (OFF ⇔ false). */
export interface Preferences {
  delivery?: Delivery
  emailEnabled: boolean
  language: string
}

export interface CalendarLink {
  url: string
}

export type WorkingDayKind = 'DAY_OFF' | 'WORKING_DAY'

/** An exception to the Monday–Friday week: a holiday on a weekday, or a Saturday/Sunday worked instead. */
export interface WorkingDay {
  date: string
  kind: WorkingDayKind
  name: string
}

export interface WorkingDaysView {
  year: number
  /** Assumed values: DEFAULT (the shipped Vietnamese holidays) or EDITED (an admin's edit). */
  source: string
  days: WorkingDay[]
  updatedAt?: string | null
  updatedBy?: string | null
}
