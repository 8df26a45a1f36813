import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { registrations, users } from "@/db/schema";
import { updateRegistration } from "@/lib/dashboard/registration-edit";
import { registrationEditSchema } from "@/lib/dashboard/registration-schema";
import { deliverDueEmails } from "@/lib/email/sender";
import { consumeLimit } from "@/lib/rate-limit";
import { eraseRegistration, requestManageLink, submitRegistration } from "@/lib/registration";
import { emailLimitKey, manageLinkLimit, registrationEmailLimit } from "@/lib/registration/limits";
import { applyRetention } from "@/lib/registration/retention";
import type { TestDatabase } from "../support/databases";
import { CARTAGENA, confirmAddress, formValues, seededBackends } from "../support/registration";

const PG_DUMP = "/usr/lib/postgresql/15/bin/pg_dump";
const g = globalThis as { __dialogosDb?: unknown; __dialogosLimiters?: unknown };

/**
 * Everything the database holds, as text: a real `pg_dump` on PostgreSQL; on PGlite (no pg_dump)
 * every row of every table of the public schema as JSON.
 */
async function dumpDatabase(database: TestDatabase): Promise<string> {
  if (database.url) return execFileSync(PG_DUMP, ["--no-owner", database.url], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const rows = resultRows<{ name: string }>(
    await database.db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public'`),
  );
  const parts: string[] = [];
  for (const { name } of rows) {
    const [table] = resultRows<{ dump: string }>(
      await database.db.execute(sql.raw(`select coalesce(json_agg(t)::text, '') as dump from "${name}" t`)),
    );
    parts.push(table?.dump ?? "");
  }
  return parts.join("\n");
}

/** Rows of a raw query, whichever driver ran it (PGlite answers { rows }, postgres.js an array). */
function resultRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * A delegate who left traces everywhere personal data goes: a registration (unique family name),
 * emails sent and waiting, rate-limit counters keyed by their address, and an organiser's
 * correction of their name in the audit log.
 */
async function delegateWithTraces(db: Database) {
  const unique = randomBytes(5).toString("hex");
  const familyName = `Zwieback${unique}`;
  const correctedName = `Quillfeather${unique}`;
  const email = `Traces.${unique}+dialogue@Example.org`;
  const result = await submitRegistration(db, formValues({ email, familyName }), { eventSlug: CARTAGENA, locale: "en" });
  if (result.kind !== "registered") throw new Error(`not registered: ${JSON.stringify(result)}`);
  await confirmAddress(db, result.registrationId);
  // The registration action's own keys: per address typed, and for lost links.
  await consumeLimit(registrationEmailLimit(), emailLimitKey(email));
  await consumeLimit(manageLinkLimit, emailLimitKey(email));
  // Sent messages (a mailer that accepts everything), then one still waiting.
  await deliverDueEmails(db, { send: async () => {} });
  await requestManageLink(db, { email });
  const [organiser] = await db
    .insert(users)
    .values({ email: `org.${unique}@example.org`, name: "Organiser", role: "organiser", passwordHash: "x" })
    .returning();
  const [row] = await db.select().from(registrations).where(eq(registrations.id, result.registrationId));
  const edit = registrationEditSchema.parse({ ...row, id: String(row!.id), familyName: correctedName, phone: row!.phone ?? "" });
  expect(await updateRegistration(db, { id: organiser!.id, email: organiser!.email }, row!.eventId, edit)).toBe("saved");
  return { registrationId: result.registrationId, email, familyName, correctedName };
}

function expectNoTrace(dump: string, traces: { email: string; familyName: string; correctedName: string }) {
  const lower = dump.toLowerCase();
  expect(lower).not.toContain(traces.email.toLowerCase());
  expect(lower).not.toContain(traces.email.toLowerCase().replace("+dialogue", ""));
  expect(dump).not.toContain(traces.familyName);
  expect(dump).not.toContain(traces.correctedName);
}

describe.each(seededBackends())("erasure leaves nothing of the delegate on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
    // The rate limiters count in the app database: point them at this one.
    g.__dialogosDb = database;
    g.__dialogosLimiters = undefined;
  });
  afterAll(async () => {
    g.__dialogosDb = undefined;
    g.__dialogosLimiters = undefined;
    await database?.dispose();
  });

  it("the delegate's own erasure: no table, audit entry, email or rate-limit key keeps their address or name", async () => {
    const traces = await delegateWithTraces(database.db);
    // The traces are really there before (so the check below means something).
    const before = await dumpDatabase(database);
    expect(before).toContain(traces.familyName);
    expect(before).toContain(traces.correctedName);
    expect(before.toLowerCase()).toContain(traces.email.toLowerCase());

    expect(await eraseRegistration(database.db, { registrationId: traces.registrationId })).toEqual({ ok: true });
    expectNoTrace(await dumpDatabase(database), traces);
    const [row] = await database.db.select().from(registrations).where(eq(registrations.id, traces.registrationId));
    expect(row).toMatchObject({ status: "cancelled", familyName: "—", stakeholderGroup: "government_lac_country", countryCode: "CO" });
  });

  it("the retention pass: the same erasure, statuses and counts kept", async () => {
    const traces = await delegateWithTraces(database.db);
    // Registered long ago, for a dialogue that ended in 2023.
    await database.db
      .update(registrations)
      .set({ createdAt: new Date("2023-10-01T00:00:00Z") })
      .where(eq(registrations.id, traces.registrationId));
    expect(await applyRetention(database.db, new Date("2026-01-15T00:00:00Z"))).toBeGreaterThanOrEqual(1);
    expectNoTrace(await dumpDatabase(database), traces);
    const [row] = await database.db.select().from(registrations).where(eq(registrations.id, traces.registrationId));
    expect(row).toMatchObject({ status: "confirmed", familyName: "—" });
  });
});
