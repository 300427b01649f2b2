/** The round's dates and offered forms, edited by RoundDatesFields. */
export interface RoundDates {
  title: string
  nominationDeadline: string
  councilDate: string | null
  decisionDate: string | null
  formCodes: string[]
}
