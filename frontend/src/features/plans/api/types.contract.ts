// Compile-time check that the plan feature's hand-written record shapes (types.ts) name the same
// fields as plan-service's OpenAPI document: vue-tsc (npm run build) fails here when one drifts.
import type { PlanSchemas } from '@/api/types'
import type * as T from './types'

type SameKeys<Here, Generated> = [Exclude<keyof Here, keyof Generated>, Exclude<keyof Generated, keyof Here>] extends [never, never]
  ? true
  : { onlyInTypesTs: Exclude<keyof Here, keyof Generated>; onlyInOpenApi: Exclude<keyof Generated, keyof Here> }

export const contract: {
  planDetail: SameKeys<T.PlanDetail, PlanSchemas['PlanDetail']>
  planSummary: SameKeys<T.PlanSummary, PlanSchemas['PlanSummary']>
  target: SameKeys<T.Target, PlanSchemas['Target']>
  targetValue: SameKeys<T.TargetValue, PlanSchemas['YearValue']>
  legalBasis: SameKeys<T.LegalBasis, PlanSchemas['LegalBasis']>
  milestone: SameKeys<T.Milestone, PlanSchemas['Milestone']>
  criteriaGroup: SameKeys<T.CriteriaGroup, PlanSchemas['CriteriaGroup']>
  otherSection: SameKeys<T.OtherSection, PlanSchemas['OtherSection']>
  signer: SameKeys<T.Signer, PlanSchemas['Signer']>
} = {
  planDetail: true,
  planSummary: true,
  target: true,
  targetValue: true,
  legalBasis: true,
  milestone: true,
  criteriaGroup: true,
  otherSection: true,
  signer: true,
}
