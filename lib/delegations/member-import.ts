import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { delegations, type RegistrationQuestion } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import type { Table } from "@/lib/dashboard/spreadsheet";
import { localize } from "@/lib/i18n/localize";
import { readTableFile, recordsByColumn } from "@/lib/imports/table-file";
import { activeQuestionsOfSlug } from "@/lib/questions/answers";
import { answerField } from "@/lib/questions/answers-schema";
import type { RegisterResult } from "@/lib/registration/register";
import { beforeDeadline, type FocalDelegation, registerMember } from "./members";

/**
 * A delegation's members imported from a CSV or XLSX file whose columns are the registration
 * form's fields (and the dialogue's own questions, `q<id>`). All or nothing: every row registers
 * in one transaction, through the same function as the form, and one refused row undoes them all.
 */
const memberColumns = [
  "honorific",
  "givenName",
  "familyName",
  "email",
  "phone",
  "organisation",
  "position",
  "stakeholderGroup",
  "countryCode",
  "represents",
  "preferredLanguage",
  "sessionIds",
] as const;

/** Several values in one cell (sessions, boxes of a multiple-choice question), as spreadsheets hold lists. */
const LIST_SEPARATOR = ";";

/** A problem of one row: the spreadsheet's row number (the header is row 1) and the form field. */
type MemberRowError = { row: number; field: string; error: string };
export type MemberImport = { ok: true; count: number } | { ok: false; errors: MemberRowError[] };

const fileError = (error: string): MemberImport => ({ ok: false, errors: [{ row: 1, field: "file", error }] });
const comparable = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, "");

type Question = Pick<RegistrationQuestion, "id" | "kind" | "label">;

function columnsOf(questions: readonly Question[]): string[] {
  return [...memberColumns, ...questions.map((q) => answerField(q.id))];
}

/** The template the page offers: the columns the import reads and one example row to overwrite. */
export function memberTemplate(questions: readonly Question[], locale: string): Table {
  const example = ["dr", "Ana", "Pérez", "ana.perez@example.org", "+57 601 3443460", "Ministerio TIC", "Advisor"];
  return {
    name: "Members",
    timeZone: "UTC",
    columns: columnsOf(questions).map((header) => ({ header, type: "text" as const })),
    rows: [[...example, "government_lac_country", "CO", "Colombia", "es", "", ...questions.map((q) => `(${localize(q.label, locale)})`)]],
  };
}

/** Why a row's registration was refused, as row errors. */
function rowErrors(row: number, result: RegisterResult): MemberRowError[] {
  switch (result.kind) {
    case "registered":
    case "waitlisted":
      return [];
    case "invalid":
      return Object.entries(result.errors).map(([field, keys]) => ({ row, field, error: keys[0] ?? "invalid" }));
    case "alreadyRegistered":
    case "resubmitted":
      return [{ row, field: "email", error: "alreadyRegistered" }];
    case "unavailable":
      return [{ row, field: "file", error: result.reason }];
    default:
      return [{ row, field: "file", error: result.kind }];
  }
}

class ImportRefused extends Error {
  constructor(readonly errors: MemberRowError[]) {
    super("import refused");
  }
}

/**
 * Reads the file and registers every member in it, or none. Refused before any work: a file that
 * is not a table, lacks the name and email columns, or has more members than places left.
 */
export async function importMembers(db: Database, delegation: FocalDelegation, file: File, locale: string): Promise<MemberImport> {
  if (!beforeDeadline(delegation)) return fileError("deadlinePassed");
  const read = await readTableFile(file, delegation.quota);
  if (!read.ok) return fileError(read.error);
  const [header, ...body] = read.table;
  if (!header) return fileError("empty");
  const questions = await activeQuestionsOfSlug(db, delegation.eventSlug);
  const columns = columnsOf(questions);
  const byHeader = new Map(columns.map((column) => [comparable(column), column]));
  const headerColumns = header.map((cell) => byHeader.get(comparable(String(cell))));
  if (!["givenName", "familyName", "email"].every((c) => headerColumns.includes(c))) return fileError("missingColumns");
  const lists = new Set(["sessionIds", ...questions.filter((q) => q.kind === "multiple_choice").map((q) => answerField(q.id))]);
  const rows = recordsByColumn(body, headerColumns, columns)
    .map((record, index) => ({ record, row: index + 2 }))
    .filter(({ record }) => Object.values(record).some((value) => value.trim() !== ""));
  if (rows.length === 0) return fileError("empty");
  const [current] = await db.select({ placesUsed: delegations.placesUsed }).from(delegations).where(eq(delegations.id, delegation.id));
  if (rows.length > delegation.quota - (current?.placesUsed ?? delegation.quota)) return fileError("overQuota");
  try {
    const count = await inTransaction(db, async (tx) => {
      const errors: MemberRowError[] = [];
      for (const { record, row } of rows) {
        const raw: Record<string, unknown> = { ...record, submissionKey: randomUUID(), privacyConsent: "on" };
        for (const field of lists) {
          raw[field] = String(record[field] ?? "")
            .split(LIST_SEPARATOR)
            .map((value) => value.trim())
            .filter(Boolean);
        }
        // Each row in a savepoint of this transaction: a refused row leaves the next ones to check.
        errors.push(...rowErrors(row, await registerMember(tx as unknown as Database, delegation, raw, locale)));
      }
      if (errors.length > 0) throw new ImportRefused(errors);
      return rows.length;
    });
    return { ok: true, count };
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, errors: error.errors };
    throw error;
  }
}
