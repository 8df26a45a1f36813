import "server-only";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

/**
 * Reads an uploaded list (invitees, a delegation's members) as rows of cells, judged by the
 * content, never by the name or the type the browser claims: a ZIP is read as XLSX, anything else
 * must be UTF-8 text (CSV, comma or semicolon separated, as spreadsheet programs save it in English
 * or in Spanish and French). Each import maps the header to its own columns (`byColumn`).
 */

/** Largest file taken (a few thousand rows; the proxy refuses any post over 1 MB anyway). */
const MAX_IMPORT_BYTES = 512 * 1024;

export type TableRead = { ok: true; table: string[][] } | { ok: false; error: "empty" | "tooLarge" | "unreadable" };

/** An XLSX file is a ZIP archive: it starts with a local file header, "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The file's rows (header first), at most `maxRows` + 2 of them (enough to tell "too many"). */
export async function readTableFile(file: File, maxRows: number): Promise<TableRead> {
  if (file.size === 0) return { ok: false, error: "empty" };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: "tooLarge" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    const table = isZip(bytes) ? await xlsxTable(bytes, maxRows) : csvTable(bytes, maxRows);
    return table ? { ok: true, table } : { ok: false, error: "unreadable" };
  } catch {
    return { ok: false, error: "unreadable" };
  }
}

function csvTable(bytes: Uint8Array, maxRows: number): string[][] | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null; // not UTF-8 text: not a CSV we read
  }
  if (text.includes("\0")) return null;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  return parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false, to: maxRows + 2 }) as string[][];
}

async function xlsxTable(bytes: Uint8Array, maxRows: number): Promise<string[][] | null> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (row.number > maxRows + 2) return;
    const cells: string[] = [];
    // `text` is what the cell shows, whether it holds text, a number, a link or a formula's result.
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? "";
    });
    // In its place, so that row numbers stay the sheet's own (blank rows are holes).
    table[row.number - 1] = Array.from(cells, (cell) => cell ?? "");
  });
  return Array.from(table, (cells) => cells ?? []);
}

/**
 * Rows as records by the header's columns (`columnOf` names a header cell's column, or nothing):
 * every column of `columns` is present in each record ("" when the file lacks it). Blank rows stay,
 * so that each record keeps its row number (the header is row 1).
 */
export function recordsByColumn<C extends string>(rows: string[][], header: (C | undefined)[], columns: readonly C[]): Record<C, string>[] {
  return rows.map((cells) => {
    const record = Object.fromEntries(columns.map((column) => [column, ""])) as Record<C, string>;
    header.forEach((column, i) => {
      if (column) record[column] = String(cells[i] ?? "");
    });
    return record;
  });
}
