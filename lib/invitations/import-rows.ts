import { emailKey } from "@/db/schema/email-key";
import { type InviteeInput, inviteeSchema } from "./invitee-schema";

/** The file's columns, in the template's order. */
export const importColumns = ["name", "email", "organisation", "preferredLanguage", "stakeholderGroup"] as const;
type Column = (typeof importColumns)[number];

/** Header spellings a spreadsheet may use for each column ("Preferred language", "organization"...). */
const headerAliases: Record<string, Column> = {
  name: "name",
  fullname: "name",
  email: "email",
  emailaddress: "email",
  organisation: "organisation",
  organization: "organisation",
  preferredlanguage: "preferredLanguage",
  language: "preferredLanguage",
  stakeholdergroup: "stakeholderGroup",
  group: "stakeholderGroup",
};

export function columnOf(header: string): Column | undefined {
  return headerAliases[header.toLowerCase().replace(/[^a-z]/g, "")];
}

/** A problem of one row: its number as the spreadsheet shows it (the header is row 1) and the field. */
export type RowError = { row: number; field: Column | "file"; error: string };

/** Most rows one file may hold (a protocol office's list, not a mailing list). */
export const MAX_IMPORT_ROWS = 2000;

/**
 * Checks every row of a file (rows in file order, the header left out; blank rows skipped but counted) and answers all of its problems, or the invitees when there is none:
 * each row against the schema, each address once in the file and not already invited
 * (`invitedKeys`: the dialogue's invitees, by address key).
 */
export function validateImportRows(
  rows: readonly Record<string, string>[],
  invitedKeys: ReadonlySet<string>,
): { ok: true; invitees: InviteeInput[] } | { ok: false; errors: RowError[] } {
  const blank = (raw: Record<string, string>) => Object.values(raw).every((value) => String(value ?? "").trim() === "");
  if (rows.every(blank)) return { ok: false, errors: [{ row: 1, field: "file", error: "empty" }] };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, errors: [{ row: MAX_IMPORT_ROWS + 2, field: "file", error: "tooManyRows" }] };
  const errors: RowError[] = [];
  const invitees: InviteeInput[] = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((raw, index) => {
    const row = index + 2;
    if (blank(raw)) return;
    const parsed = inviteeSchema.safeParse(raw);
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]) as Column;
        if (seen.has(field)) continue; // one message per field
        seen.add(field);
        errors.push({ row, field, error: issue.message });
      }
      return;
    }
    const key = emailKey(parsed.data.email);
    if (firstRowOf.has(key)) errors.push({ row, field: "email", error: "duplicateInFile" });
    else if (invitedKeys.has(key)) errors.push({ row, field: "email", error: "alreadyInvited" });
    firstRowOf.set(key, firstRowOf.get(key) ?? row);
    invitees.push(parsed.data);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, invitees };
}
