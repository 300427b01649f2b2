import type { FieldError } from '@/lib/api-client'

/** One wrong cell of an imported sheet: `rows[5].code` → row 5, field `code`. */
export interface RowError {
  row: number
  field: string
  message: string
}

const ROW_FIELD = /^rows\[(\d+)\]\.(.+)$/
// plan-service starts each row message with "Dòng N: "; the table shows the row in its own column.
const ROW_PREFIX = /^Dòng \d+:\s*/

/** Splits a 400's field errors into the sheet's row errors and the others (`file`, …). */
export function splitImportErrors(errors: FieldError[]): { rows: RowError[]; other: FieldError[] } {
  const rows: RowError[] = []
  const other: FieldError[] = []
  for (const e of errors) {
    const match = ROW_FIELD.exec(e.field)
    if (match) rows.push({ row: Number(match[1]), field: match[2]!, message: e.message.replace(ROW_PREFIX, '') })
    else other.push(e)
  }
  return { rows, other }
}
