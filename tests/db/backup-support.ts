import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { expect } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { hashPassword } from "@/lib/auth/password";
import { checkIn } from "@/lib/dashboard/checkin";
import { cancelRegistration, loadRegistrationView, submitRegistration } from "@/lib/registration";
import { eventBySlug } from "../support/fixtures";
import { addSession, CARTAGENA, confirmAddress, formValues } from "../support/registration";

const PASSWORD = "correct horse battery staple";

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `dialogos-${prefix}-`));

/**
 * A dialogue in use: registrations with sign-ups (some waitlisted), a check-in, an organiser with a
 * password, a cancellation by that organiser (audit trail, promotion, emails).
 */
export async function seedActivity(db: Database) {
  await seedDatabase(db);
  const session = await addSession(db, CARTAGENA, { capacity: 2 });
  const [admin] = await db
    .insert(users)
    .values({ email: "olga.admin@example.org", name: "Olga Admin", role: "admin", passwordHash: await hashPassword(PASSWORD) })
    .returning();
  const ids: number[] = [];
  const tokens: string[] = [];
  for (let i = 0; i < 4; i++) {
    const result = await submitRegistration(db, formValues({ email: `delegate${i}@example.org`, sessionIds: [String(session.id)] }), {
      eventSlug: CARTAGENA,
      locale: i % 2 ? "es" : "en",
    });
    if (result.kind !== "registered") throw new Error(`registration ${i}: ${result.kind}`);
    // Addresses confirmed (seat holds, lib/registration/holds.ts), so the door can check them in.
    await confirmAddress(db, result.registrationId);
    ids.push(result.registrationId);
    tokens.push(result.manageToken);
  }
  const event = await eventBySlug(db, CARTAGENA);
  await checkIn(db, { id: admin!.id, email: admin!.email }, event, { registrationId: ids[0]! }, null);
  await cancelRegistration(db, { registrationId: ids[1]!, actorUserId: admin!.id });
  return { manageToken: tokens[0]!, adminEmail: admin!.email };
}

/** The app's own sign-in and personal-link code, run against `handle`, accept what they accepted before. */
export async function expectCredentialsWork(handle: DatabaseHandle, seeded: { manageToken: string; adminEmail: string }) {
  const view = await loadRegistrationView(handle.db, seeded.manageToken);
  expect(view?.registration.email).toBe("delegate0@example.org");
  const g = globalThis as { __dialogosDb?: unknown; __dialogosLimiters?: unknown };
  g.__dialogosDb = handle;
  g.__dialogosLimiters = undefined;
  try {
    const { authorizeCredentials } = await import("@/lib/auth/credentials");
    expect(await authorizeCredentials({ email: seeded.adminEmail, password: PASSWORD }, "203.0.113.9")).toMatchObject({ role: "admin" });
    expect(await authorizeCredentials({ email: seeded.adminEmail, password: "wrong password!" }, "203.0.113.9")).toBeNull();
  } finally {
    g.__dialogosDb = undefined;
    g.__dialogosLimiters = undefined;
  }
  // Identity sequences continue past the copied rows: a new registration gets a fresh id.
  const again = await submitRegistration(handle.db, formValues({ email: "after.restore@example.org" }), {
    eventSlug: CARTAGENA,
    locale: "en",
  });
  expect(again.kind).toBe("registered");
}

/** A new, empty database in the test cluster (dropped by the returned function). */
export async function emptyPostgres(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `restore_${Math.random().toString(36).slice(2, 10)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  return {
    url: adminUrl.replace(/\/[^/]*$/, `/${name}`),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Invariants a consistent copy of a registration rush keeps. */
export async function expectConsistentRush(db: Database, sessionId: number, capacity: number) {
  const [seats] = (await db
    .execute(sql`
    select (select count(*)::int from session_signups where session_id = ${sessionId} and status = 'confirmed') as confirmed,
           (select seats_taken from sessions where id = ${sessionId}) as taken,
           (select count(*)::int from session_signups s left join registrations r on r.id = s.registration_id where r.id is null) as orphans,
           (select count(*)::int from registrations r where not exists (select 1 from email_outbox e where e.registration_id = r.id)) as unmailed,
           (select count(*)::int from registrations) as registrations
  `)
    .then((r: unknown) => (r && typeof r === "object" && "rows" in r ? r.rows : r))) as {
    confirmed: number;
    taken: number;
    orphans: number;
    unmailed: number;
    registrations: number;
  }[];
  expect(seats!.confirmed).toBeLessThanOrEqual(capacity);
  expect(seats!.confirmed).toBe(seats!.taken);
  expect(seats!.orphans).toBe(0);
  expect(seats!.unmailed).toBe(0);
  return seats!.registrations;
}
