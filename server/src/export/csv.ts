/** Byte order mark: without it, spreadsheet apps guess the encoding and mangle accents. */
const BOM = '\uFEFF'

/** Cells starting with these are read as formulas by spreadsheet apps. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A CSV file (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, quotes doubled) with a UTF-8 byte order mark. A cell that a spreadsheet
 * would run as a formula (starting with = + - @, or a tab or carriage return) gets a
 * leading single quote, so a label like `=HYPERLINK(…)` stays text (OWASP "CSV
 * injection").
 */
export function encodeCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(encodeCell).join(',') + '\r\n').join('')
}

function encodeCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
