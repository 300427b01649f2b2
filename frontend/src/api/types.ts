// Shorthands for the request and response schemas generated from the services' OpenAPI documents
// (src/api/generated/, `npm run gen:api`). Features take their API types from here, never by hand.
import type { components as PlanComponents } from './generated/plan'
import type { components as ReportComponents } from './generated/report'
import type { components as AwardComponents } from './generated/award'
import type { components as NotificationComponents } from './generated/notification'

export type PlanSchemas = PlanComponents['schemas']
export type ReportSchemas = ReportComponents['schemas']
export type AwardSchemas = AwardComponents['schemas']
export type NotificationSchemas = NotificationComponents['schemas']
