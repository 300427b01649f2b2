/** The dashboard's filters (kept in the URL query). */
export interface Filters {
  year: number | null
  planId: string | null
  periodId: string | null
  unitKind: string | null
}
