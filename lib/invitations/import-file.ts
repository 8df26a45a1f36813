import "server-only";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { columnOf, importColumns, MAX_IMPORT_ROWS, type RowError } from "./import-rows";

/** Largest file taken (a few thousand rows; the proxy refuses any post over 1 MB anyway). */
const MAX_IMPORT_BYTES = 512 * 1024;

/** An XLSX file is a ZIP archive: it starts with a local file header, "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

type FileRows = { ok: true; rows: Record<string, string>[] } | { ok: false; errors: RowError[] };

const fileError = (error: string): FileRows => ({ ok: false, errors: [{ row: 1, field: "file", error }] });

/**
 * The rows of an uploaded invitee list, by column, judged by the content, never by the name or the
 * type the browser claims: a ZIP is read as XLSX, anything else must be UTF-8 text (CSV, comma or
 * semicolon separated, as spreadsheet programs save it in English or in Spanish and French).
 */
export async function readInviteeFile(file: File): Promise<FileRows> {
  if (file.size === 0) return fileError("empty");
  if (file.size > MAX_IMPORT_BYTES) return fileError("tooLarge");
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    const table = isZip(bytes) ? await xlsxTable(bytes) : csvTable(bytes);
    if (!table) return fileError("unreadable");
    return byColumn(table);
  } catch {
    return fileError("unreadable");
  }
}

function csvTable(bytes: Uint8Array): string[][] | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null; // not UTF-8 text: not a CSV we read
  }
  if (text.includes("\0")) return null;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  return parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false, to: MAX_IMPORT_ROWS + 2 }) as string[][];
}

async function xlsxTable(bytes: Uint8Array): Promise<string[][] | null> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (row.number > MAX_IMPORT_ROWS + 2) return;
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

/** Rows as records by the header's columns; the name and email columns must be there. */
function byColumn(table: string[][]): FileRows {
  const [header, ...rows] = table;
  if (!header) return fileError("empty");
  const columns = header.map((cell) => columnOf(String(cell)));
  if (!columns.includes("name") || !columns.includes("email")) return fileError("missingColumns");
  // Blank rows stay (the validator skips them) so that each record keeps its row number.
  const records = rows.map((cells) => {
    const record: Record<string, string> = {};
    for (const column of importColumns) record[column] = "";
    columns.forEach((column, i) => {
      if (column) record[column] = String(cells[i] ?? "");
    });
    return record;
  });
  return { ok: true, rows: records };
}
