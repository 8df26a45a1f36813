import { hash } from "@node-rs/argon2";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { emailOutbox, events, oneTimeTokens, registrations, sessions, users } from "@/db/schema";
import { hashToken } from "@/lib/tokens";
import { registrationValues } from "@/tests/support/fixtures";
import { seeded } from "../seeded";

/**
 * What the fuzz suite aims at: two dialogues of its own (so "another event's id" is real), a
 * draft one, registrations whose secret links it knows (live, cancelled, erased), an organiser
 * account and single-use links (live, expired, used). Written straight to the database once,
 * before any fuzzing, under fixed names: running it twice changes nothing.
 */
type Dialogue = { id: number; slug: string; sessionIds: number[]; sessionSlugs: string[] };
export type World = {
  a: Dialogue;
  b: Dialogue;
  draftSlug: string;
  seededSlug: string;
  manage: { live: string; cancelled: string; erased: string };
  reset: { live: string; expired: string; used: string };
  invitation: { live: string; expired: string };
  setupExpired: string;
  /** The organiser account's address: signing in with it can only fail (nobody knows its password). */
  accountEmail: string;
};

// Fixed tokens (43 characters, like real ones): only their hashes are stored, as the app does.
const token = (label: string) => `fuzz${label}`.padEnd(43, "0");
const TOKENS = {
  manage: { live: token("ManageLive"), cancelled: token("ManageCancelled"), erased: token("ManageErased") },
  reset: { live: token("ResetLive"), expired: token("ResetExpired"), used: token("ResetUsed") },
  invitation: { live: token("InvitationLive"), expired: token("InvitationExpired") },
  setupExpired: token("SetupExpired"),
};
const ACCOUNT = "fuzz.organiser@example.org";
const INVITEE = "fuzz.invitee@example.org";
const DAY = 24 * 60 * 60 * 1000;

async function dialogue(db: Database, slug: string, status: "published" | "draft", sessionCount: number): Promise<Dialogue> {
  await db
    .insert(events)
    .values({
      slug,
      status,
      title: { en: `Fuzz dialogue ${slug}` },
      summary: { en: "Made by the fuzz suite." },
      venue: { en: "Hall" },
      city: "Lisboa",
      countryCode: "PT",
      timeZone: "Europe/Lisbon",
      startDate: "2030-06-10",
      endDate: "2030-06-11",
    })
    .onConflictDoNothing({ target: events.slug });
  const [event] = await db.select().from(events).where(eq(events.slug, slug));
  let rows = await db.select().from(sessions).where(eq(sessions.eventId, event!.id)).orderBy(sessions.id);
  if (rows.length === 0) {
    rows = await db
      .insert(sessions)
      .values(
        Array.from({ length: sessionCount }, (_, i) => ({
          eventId: event!.id,
          slug: `fuzz-session-${i + 1}`,
          title: { en: `Fuzz session ${i + 1}` },
          description: { en: "A session made by the fuzz suite." },
          kind: "workshop" as const,
          room: "Room 1",
          startsAt: new Date(Date.UTC(2030, 5, 10, 9 + 2 * i)),
          endsAt: new Date(Date.UTC(2030, 5, 10, 10 + 2 * i)),
          capacity: 5,
        })),
      )
      .returning();
  }
  return { id: event!.id, slug, sessionIds: rows.map((s) => s.id), sessionSlugs: rows.map((s) => s.slug) };
}

async function registration(db: Database, eventId: number, plain: string, overrides: Parameters<typeof registrationValues>[1]) {
  const tokenHash = hashToken(plain);
  const [existing] = await db.select({ id: registrations.id }).from(registrations).where(eq(registrations.manageTokenHash, tokenHash));
  if (!existing) await db.insert(registrations).values(registrationValues(eventId, { manageTokenHash: tokenHash, ...overrides }));
}

async function account(db: Database, email: string, passwordHash: string | null): Promise<number> {
  await db.insert(users).values({ email, name: "Fuzz", role: "organiser", passwordHash }).onConflictDoNothing();
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
  return row!.id;
}

async function singleUse(db: Database, plain: string, values: Omit<typeof oneTimeTokens.$inferInsert, "tokenHash">) {
  await db
    .insert(oneTimeTokens)
    .values({ ...values, tokenHash: hashToken(plain) })
    .onConflictDoNothing();
}

export async function prepareWorld(db: Database): Promise<World> {
  const a = await dialogue(db, "fuzz-dialogue-a", "published", 2);
  const b = await dialogue(db, "fuzz-dialogue-b", "published", 1);
  await dialogue(db, "fuzz-dialogue-draft", "draft", 1);
  const past = new Date(Date.now() - DAY);
  await registration(db, a.id, TOKENS.manage.live, { email: "fuzz.live@example.org" });
  await registration(db, a.id, TOKENS.manage.cancelled, { email: "fuzz.cancelled@example.org", status: "cancelled", cancelledAt: past });
  await registration(db, a.id, TOKENS.manage.erased, { email: "erased@invalid", status: "cancelled", cancelledAt: past, erasedAt: past });

  // A real argon2 hash of a password nobody knows: sign-in attempts fail the ordinary way.
  const organiserId = await account(db, ACCOUNT, await hash(TOKENS.reset.live + Math.random()));
  const inviteeId = await account(db, INVITEE, null);
  const later = new Date(Date.now() + DAY);
  await singleUse(db, TOKENS.reset.live, { purpose: "password_reset", userId: organiserId, expiresAt: later });
  await singleUse(db, TOKENS.reset.expired, { purpose: "password_reset", userId: organiserId, expiresAt: past });
  await singleUse(db, TOKENS.reset.used, { purpose: "password_reset", userId: organiserId, expiresAt: later, usedAt: past });
  await singleUse(db, TOKENS.invitation.live, {
    purpose: "invitation",
    userId: inviteeId,
    email: INVITEE,
    role: "organiser",
    expiresAt: later,
  });
  await singleUse(db, TOKENS.invitation.expired, {
    purpose: "invitation",
    userId: inviteeId,
    email: INVITEE,
    role: "organiser",
    expiresAt: past,
  });
  await singleUse(db, TOKENS.setupExpired, { purpose: "setup", expiresAt: past });

  // Earlier specs' unconfirmed registrations hold seats until their hold runs out, and the
  // background pass that expires them would change tables between two snapshots: their holds
  // outlive the run (the clock spec, which runs before, may have moved the server's time).
  await db
    .update(registrations)
    .set({ holdExpiresAt: new Date("2999-01-01T00:00:00Z") })
    .where(sql`${registrations.status} = 'unconfirmed'`);
  await quiet(db);
  return {
    a,
    b,
    draftSlug: "fuzz-dialogue-draft",
    seededSlug: seeded.cartagena.slug,
    ...TOKENS,
    accountEmail: ACCOUNT,
  };
}

/**
 * Waits until earlier tests' emails have left the outbox: the sender marking them sent is a
 * legitimate change that must not land between a fuzz test's two snapshots.
 */
async function quiet(db: Database) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(emailOutbox)
      .where(and(inArray(emailOutbox.status, ["pending", "sending"]), sql`${emailOutbox.nextAttemptAt} < now() + interval '10 minutes'`));
    if (!row?.n) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The email outbox did not drain within 30 s: the fuzz suite needs a database at rest");
}
