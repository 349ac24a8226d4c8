import { DomainError, DomainErrorCode, readSpreadsheet, type CsvCell, type SheetTable, type Viewer } from '@magmatch/core';

/** A column of a database's spreadsheet: its header and the draft field its cells fill. */
export interface Column<D> {
  readonly header: string;
  readonly field: keyof D & string;
  /** How a cell's text becomes the field's value; the text itself (null when empty) by default. */
  readonly read?: (text: string) => unknown;
  /** How the record shows in the column when exported. */
  readonly write: (record: never) => CsvCell;
}

/** A database the association keeps in spreadsheets: its columns, and how rows are checked and saved. */
export interface RecordSheet<D, V, R> {
  readonly name: string;
  readonly columns: readonly Column<D>[];
  /** The draft's values checked; throws the DomainError a GraphQL input would get (field `input.<field>`). */
  validate(draft: D): Promise<V>;
  /** Rows with the same key are the same record: a file may name it once. */
  keyOf(values: V): string;
  /** Saves every row in one transaction (a row whose key exists updates that record). */
  saveAll(moderator: Viewer, rows: readonly V[]): Promise<void>;
  /** Every record, in the order exported. */
  all(): Promise<R[]>;
}

/** A row of an import that cannot be saved, and why: the row's number as the spreadsheet shows it (the header is row 1). */
export interface ImportProblem {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

/** What an import did: every row saved, or — when any row has a problem — none, with every problem. */
export interface ImportReport {
  readonly rows: number;
  readonly imported: number;
  readonly problems: ImportProblem[];
}

/** Splits a list cell: `;`, `；`, `、` or a line break between entries. */
export const listCell = (text: string): string[] => text.split(/[;；、\n]/).map((entry) => entry.trim()).filter(Boolean);
/** A number cell; NaN stays, for validation to refuse in words. */
export const numberCell = (text: string): number | null => (text === '' ? null : Number(text.replace(/[,\s]/g, '')));
/** A yes/no cell: yes, y, true, 1, 是 (any case) are yes. */
export const booleanCell = (text: string): boolean => /^(yes|y|true|1|是)$/i.test(text);
export const listOut = (values: readonly string[]): string => values.join('; ');

/**
 * Reads an uploaded CSV or .xlsx file of `sheet`'s columns and saves it all or nothing: each row is checked as
 * the GraphQL input would be (a problem names the row, the column and what is wrong), rows naming one record
 * twice are refused, and only a file without problems is saved, in one transaction. BAD_USER_INPUT (field
 * `file`) for a file that cannot be read, or whose header lacks a column or has one the database does not know.
 */
export async function importSheet<D, V, R>(sheet: RecordSheet<D, V, R>, moderator: Viewer, content: Buffer): Promise<ImportReport> {
  const { header, rows } = await readSpreadsheet(content, 'file');
  const known = sheet.columns.map((column) => column.header);
  const unknown = header.filter((name) => !known.includes(name));
  const missing = known.filter((name) => !header.includes(name));
  if (unknown.length || missing.length) {
    const said = [unknown.length ? `unknown columns: ${unknown.join(', ')}` : '', missing.length ? `missing columns: ${missing.join(', ')}` : ''].filter(Boolean).join('; ');
    throw new DomainError(DomainErrorCode.InvalidInput, `file: ${said}; the columns are ${known.join(', ')}`, 'file');
  }
  const problems: ImportProblem[] = [];
  const valid: V[] = [];
  const rowOfKey = new Map<string, number>();
  for (const { number: row, cells } of rows) {
    if (cells.slice(header.length).some((cell) => cell !== '')) {
      problems.push({ row, column: header.at(-1)!, message: `the row has more cells than the header has columns (${header.length})` });
      continue;
    }
    const draft = Object.fromEntries(sheet.columns.map((column) => {
      const text = cells[header.indexOf(column.header)] ?? '';
      return [column.field, column.read ? column.read(text) : text || null];
    })) as D;
    try {
      const values = await sheet.validate(draft);
      const first = rowOfKey.get(sheet.keyOf(values));
      if (first) problems.push({ row, column: sheet.columns[0]!.header, message: `the same record as row ${first}` });
      else rowOfKey.set(sheet.keyOf(values), row);
      valid.push(values);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const field = error.field?.replace(/^input\./, '').split('.')[0];
      problems.push({ row, column: sheet.columns.find((column) => column.field === field)?.header ?? sheet.columns[0]!.header, message: error.message });
    }
  }
  if (problems.length === 0) await sheet.saveAll(moderator, valid);
  return { rows: rows.length, imported: problems.length ? 0 : valid.length, problems };
}

/** Every record of `sheet` as a table with the import's columns, so an exported file imports back unchanged. */
export async function exportSheet<D, V, R>(sheet: RecordSheet<D, V, R>): Promise<SheetTable> {
  return {
    name: sheet.name,
    header: sheet.columns.map((column) => column.header),
    rows: (await sheet.all()).map((record) => sheet.columns.map((column) => column.write(record as never))),
  };
}
