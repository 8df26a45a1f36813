import "server-only";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

/**
 * What a column holds: text stays text, numbers numbers; `datetime` cells are instants shown as the
 * wall time of the dialogue's zone; `date` cells are days (YYYY-MM-DD) already local to it.
 */
export type ColumnType = "text" | "number" | "datetime" | "date";
export type Column = { header: string; type: ColumnType };
type Cell = string | number | Date | null;
export type Table = { name: string; timeZone: string; columns: Column[]; rows: Cell[][] };

/** A phone number in international form (+57 601 3443460): a spreadsheet may add it up, never run it. */
const internationalPhone = /^\+\d[\d ]*\d$/;
/** A plain negative number (-3, -2.5): a number, not a formula. */
const negativeNumber = /^-\d+(?:[.,]\d+)?$/;

/**
 * A CSV cell a spreadsheet program would evaluate as a formula (OWASP "CSV injection") starts with
 * = + - @ tab or carriage return; a leading apostrophe makes it plain text. Phone numbers in
 * international form and plain negative numbers call no function and reference no cell: left alone.
 */
function neutralise(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value)) return value;
  if (internationalPhone.test(value) || negativeNumber.test(value)) return value;
  return `'${value}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall time of an instant in a zone, as its parts (formatters are costly: kept per zone). */
function wallTime(instant: Date, timeZone: string) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, second: parts.second! };
}

/** "2023-11-27 09:00", the dialogue's wall time, which spreadsheet programs read as a date. */
function csvDateTime(instant: Date, timeZone: string): string {
  const { day, time } = wallTime(instant, timeZone);
  return `${day} ${time}`;
}

/**
 * XLSX stores dates as serial numbers with no zone; exceljs converts a Date by its UTC fields. A
 * Date whose UTC fields are the dialogue's wall time is therefore shown as that wall time.
 */
function xlsxDateTime(instant: Date, timeZone: string): Date {
  const { day, time, second } = wallTime(instant, timeZone);
  return new Date(`${day}T${time}:${second}Z`);
}

function csvCell(value: Cell, type: ColumnType, timeZone: string): string {
  if (value === null) return "";
  if (value instanceof Date) return type === "datetime" ? csvDateTime(value, timeZone) : value.toISOString();
  if (typeof value === "number") return String(value);
  return type === "text" ? neutralise(value) : value;
}

/** CSV for spreadsheet programs: a byte-order mark (so accents read right) and CRLF line ends. */
export function toCsv(table: Table): Buffer {
  const rows = table.rows.map((row) => row.map((value, i) => csvCell(value, table.columns[i]!.type, table.timeZone)));
  const body = stringify([table.columns.map((c) => c.header), ...rows], { record_delimiter: "windows" });
  return Buffer.from(`\uFEFF${body}`, "utf8");
}

const numberFormats: Partial<Record<ColumnType, string>> = { datetime: "yyyy-mm-dd hh:mm", date: "yyyy-mm-dd" };

function xlsxCell(value: Cell, type: ColumnType, timeZone: string): ExcelJS.CellValue {
  if (value === null) return null;
  if (type === "datetime" && value instanceof Date) return xlsxDateTime(value, timeZone);
  if (type === "date" && typeof value === "string") return new Date(`${value}T00:00:00Z`);
  // XLSX string cells are never evaluated: text goes in as it is, with no apostrophe.
  return value;
}

/** XLSX with typed cells: text, numbers, and real dates in the dialogue's zone with a date format. */
export async function toXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Diálogos";
  const sheet = workbook.addWorksheet(table.name.slice(0, 31));
  sheet.addRow(table.columns.map((c) => c.header)).font = { bold: true };
  for (const values of table.rows) {
    const row = sheet.addRow(values.map((value, i) => xlsxCell(value, table.columns[i]!.type, table.timeZone)));
    table.columns.forEach((column, i) => {
      const format = numberFormats[column.type];
      if (format && values[i] !== null) row.getCell(i + 1).numFmt = format;
    });
  }
  sheet.columns.forEach((column, i) => {
    column.width = table.columns[i]!.type === "text" ? 24 : 18;
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
