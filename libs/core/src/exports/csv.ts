import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null;

/**
 * Rows as CSV (RFC 4180, written by csv-stringify, LF line ends). Text a spreadsheet would run as a formula is
 * defused: names and titles are user input, and the association opens these files in Excel.
 */
export function csvOf(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(rows.map((row) => row.map(defused)), { record_delimiter: 'unix' });
}

/** Prefixes text starting with =, +, -, @, tab or carriage return with an apostrophe (OWASP's CSV injection advice). */
export function defused(value: CsvCell): CsvCell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
