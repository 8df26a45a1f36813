import "server-only";
import { readTableFile, recordsByColumn } from "@/lib/imports/table-file";
import { columnOf, importColumns, MAX_IMPORT_ROWS, type RowError } from "./import-rows";

type FileRows = { ok: true; rows: Record<string, string>[] } | { ok: false; errors: RowError[] };

const fileError = (error: string): FileRows => ({ ok: false, errors: [{ row: 1, field: "file", error }] });

/** The rows of an uploaded invitee list, by column (see lib/imports/table-file.ts for how files are read). */
export async function readInviteeFile(file: File): Promise<FileRows> {
  const read = await readTableFile(file, MAX_IMPORT_ROWS);
  if (!read.ok) return fileError(read.error);
  const [header, ...rows] = read.table;
  if (!header) return fileError("empty");
  const columns = header.map((cell) => columnOf(String(cell)));
  if (!columns.includes("name") || !columns.includes("email")) return fileError("missingColumns");
  return { ok: true, rows: recordsByColumn(rows, columns, importColumns) };
}
