import "server-only";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

export type Table = { name: string; header: string[]; rows: (string | number | null)[][] };

/**
 * A cell a spreadsheet program could run as a formula (OWASP "CSV injection") starts with one of
 * = + - @ tab or carriage return; a leading apostrophe makes it plain text. Numbers stay numbers.
 */
export function neutralise(value: string | number | null): string | number {
  if (value === null) return "";
  if (typeof value === "number") return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function safeRows(table: Table) {
  return [table.header.map(neutralise), ...table.rows.map((row) => row.map(neutralise))];
}

/** CSV with a byte-order mark, so spreadsheet programs read the accents right. */
export function toCsv(table: Table): Buffer {
  return Buffer.from(`\uFEFF${stringify(safeRows(table))}`, "utf8");
}

export async function toXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Diálogos";
  const sheet = workbook.addWorksheet(table.name.slice(0, 31));
  // Values are written as plain strings and numbers, never as { formula }.
  for (const row of safeRows(table)) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
