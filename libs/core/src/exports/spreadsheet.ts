import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DomainError, DomainErrorCode } from '../errors/domain.error.js';
import type { CsvCell } from './csv.js';

/** A table of a spreadsheet: a sheet of a workbook, a section of a CSV. */
export interface SheetTable {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

/** Tables as an Excel workbook (written by ExcelJS), one sheet each, header bold and frozen; text stays text, never a formula. */
export async function xlsxOf(tables: readonly SheetTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MagMatch';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name);
    sheet.addRow([...table.header]).font = { bold: true };
    for (const row of table.rows) sheet.addRow([...row]);
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A row of a spreadsheet read back: its number as the spreadsheet shows it (the first row is 1), its cells as trimmed text. */
export interface SheetRow {
  readonly number: number;
  readonly cells: string[];
}

/** A spreadsheet read back: its header (lower case) and every non-empty row after it. */
export interface SheetRows {
  readonly header: string[];
  readonly rows: SheetRow[];
}

/** Rows an import may have: larger lists are split. */
export const MAX_SHEET_ROWS = 5_000;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * The first sheet of an .xlsx workbook (read by ExcelJS), or a CSV (read by csv-parse) in UTF-8 or — as Excel
 * saves it on Chinese Windows — GB18030, told apart by their bytes; a BOM is dropped. Blank rows are skipped
 * but counted, so row numbers are the spreadsheet's. BAD_USER_INPUT naming `field` for a file that is neither,
 * has no header, repeats a column, or has more than MAX_SHEET_ROWS rows.
 */
export async function readSpreadsheet(content: Buffer, field: string): Promise<SheetRows> {
  const invalid = (message: string) => new DomainError(DomainErrorCode.InvalidInput, `${field} ${message}`, field);
  const numbered = content.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC) ? await xlsxRows(content, field) : csvRows(content, field);
  const [first, ...rows] = numbered.filter((row) => row.cells.some((cell) => cell !== ''));
  if (!first) throw invalid('is empty: give a header row and one row per record');
  const header = first.cells.map((name) => name.toLowerCase());
  while (header.at(-1) === '') header.pop();
  const repeated = header.filter((name, index) => header.indexOf(name) !== index);
  if (repeated.length) throw invalid(`names a column twice: ${[...new Set(repeated)].join(', ')}`);
  if (rows.length > MAX_SHEET_ROWS) throw invalid(`has ${rows.length} rows; at most ${MAX_SHEET_ROWS} are read at once: split it`);
  return { header, rows };
}

async function xlsxRows(content: Buffer, field: string): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    throw new DomainError(DomainErrorCode.InvalidInput, `${field} is not a readable .xlsx workbook`, field);
  }
  const sheet = workbook.worksheets[0];
  const rows: SheetRow[] = [];
  sheet?.eachRow((row, number) => rows.push({ number, cells: Array.from({ length: sheet.columnCount }, (_, index) => row.getCell(index + 1).text.trim()) }));
  return rows;
}

function csvRows(content: Buffer, field: string): SheetRow[] {
  try {
    const records = parse(decoded(content), { bom: true, relax_column_count: true, trim: true }) as string[][];
    return records.map((cells, index) => ({ number: index + 1, cells }));
  } catch (error) {
    throw new DomainError(DomainErrorCode.InvalidInput, `${field} is not a readable CSV file: ${(error as Error).message}`, field);
  }
}

/** UTF-8 text, or else GB18030 (a superset of GBK, which Excel uses for "CSV" on Chinese Windows). */
function decoded(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('gb18030').decode(content);
  }
}
