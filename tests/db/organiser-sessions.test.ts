import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { oneTimeTokens, organiserSessions, users } from "@/db/schema";
import { acceptInvitationFromLink, createFirstAdminFromLink, resetPasswordFromLink } from "@/lib/accounts/link-forms";
import { changeRole, setDisabled } from "@/lib/accounts/manage";
import { endSession, resumeSession, startSession } from "@/lib/auth/sessions";
import { issueSetupLink } from "@/lib/auth/setup-link";
import { setClock } from "@/lib/clock";
import { hashToken, newToken } from "@/lib/tokens";
import { backends, type TestDatabase } from "../support/databases";

const HOUR = 60 * 60 * 1000;
const policy = { maxAgeMs: 12 * HOUR, idleMs: 2 * HOUR };

describe.each(backends())("organiser sessions on $name", (backend) => {
  let database: TestDatabase;
  const db = () => database.db;
  async function makeUser(role: "admin" | "organiser" = "organiser") {
    const email = `${role}.${Math.random().toString(36).slice(2)}@example.org`;
    const [row] = await db().insert(users).values({ email, name: email, role, passwordHash: "$argon2id$old" }).returning();
    return row!;
  }

  beforeAll(async () => {
    database = await backend.create();
    (globalThis as { __dialogosDb?: unknown }).__dialogosDb = database;
    (globalThis as { __dialogosLimiters?: unknown }).__dialogosLimiters = undefined;
  });
  afterEach(() => setClock(null));
  afterAll(async () => {
    (globalThis as { __dialogosDb?: unknown }).__dialogosDb = undefined;
    await database?.dispose();
  });

  it("ends a session left idle, and any session at its absolute lifetime however busy", async () => {
    const user = await makeUser();
    const start = new Date("2030-03-01T08:00:00Z").getTime();
    setClock(new Date(start));
    const idle = await startSession(db(), user.id, policy);
    const busy = await startSession(db(), user.id, policy);
    // Used every 100 minutes: never idle for 2 hours, so it lives until 12 hours after sign-in.
    for (let minutes = 100; minutes < 12 * 60; minutes += 100) {
      setClock(new Date(start + minutes * 60_000));
      expect(await resumeSession(db(), busy, policy)).toMatchObject({ id: user.id, role: "organiser" });
    }
    setClock(new Date(start + 12 * HOUR + 1000));
    expect(await resumeSession(db(), busy, policy)).toBeNull();
    // The other one was last used at sign-in: it ended two hours after.
    expect(await resumeSession(db(), idle, policy)).toBeNull();
    expect(await db().select().from(organiserSessions).where(eq(organiserSessions.userId, user.id))).toHaveLength(0);

    setClock(new Date(start + 13 * HOUR));
    const fresh = await startSession(db(), user.id, policy);
    setClock(new Date(start + 13 * HOUR + 2 * HOUR - 60_000));
    expect(await resumeSession(db(), fresh, policy)).not.toBeNull();
  });

  it("keeps only the hash of a session id, and sign-out ends that session only", async () => {
    const user = await makeUser();
    const [phone, laptop] = [await startSession(db(), user.id, policy), await startSession(db(), user.id, policy)];
    const rows = await db().select().from(organiserSessions).where(eq(organiserSessions.userId, user.id));
    expect(rows.map((r) => r.idHash).sort()).toEqual([hashToken(phone), hashToken(laptop)].sort());
    await endSession(db(), phone);
    expect(await resumeSession(db(), phone, policy)).toBeNull();
    expect(await resumeSession(db(), laptop, policy)).not.toBeNull();
    expect(await resumeSession(db(), newToken(), policy)).toBeNull();
  });

  it("ends every session of an account on a role change, on disable and on a password reset", async () => {
    const admin = await makeUser("admin");
    const actor = { id: admin.id, email: admin.email };

    const demoted = await makeUser();
    const s1 = await startSession(db(), demoted.id, policy);
    await changeRole(db(), actor, demoted.id, "checkin");
    expect(await resumeSession(db(), s1, policy)).toBeNull();

    const disabled = await makeUser();
    const s2 = await startSession(db(), disabled.id, policy);
    await setDisabled(db(), actor, disabled.id, true);
    expect(await resumeSession(db(), s2, policy)).toBeNull();
    await setDisabled(db(), actor, disabled.id, false);
    expect(await resumeSession(db(), s2, policy)).toBeNull();

    const forgetful = await makeUser();
    const s3 = await startSession(db(), forgetful.id, policy);
    const token = newToken();
    await db()
      .insert(oneTimeTokens)
      .values({ purpose: "password_reset", tokenHash: hashToken(token), userId: forgetful.id, expiresAt: new Date(Date.now() + HOUR) });
    expect(await resetPasswordFromLink(db(), { token, password: "a brand new passphrase" }, async () => "$argon2id$new")).toBe(true);
    expect(await resumeSession(db(), s3, policy)).toBeNull();
  });

  it("checks a link before hashing any password", async () => {
    const hashed: string[] = [];
    const hash = async (password: string) => {
      hashed.push(password);
      return "$argon2id$x";
    };
    const dead = newToken();
    expect(await resetPasswordFromLink(db(), { token: dead, password: "a brand new passphrase" }, hash)).toBe(false);
    expect(await acceptInvitationFromLink(db(), { token: dead, name: "X", password: "a brand new passphrase" }, hash)).toBe(false);
    expect(
      await createFirstAdminFromLink(
        db(),
        { token: dead, name: "X", email: "x@example.org", password: "a brand new passphrase", locale: "en" },
        hash,
      ),
    ).toBe(false);
    expect(hashed).toEqual([]);

    // A live invitation hashes once and works.
    const invitee = await db().insert(users).values({ email: "invitee@example.org", name: "invitee", role: "organiser" }).returning();
    const live = newToken();
    await db()
      .insert(oneTimeTokens)
      .values({ purpose: "invitation", tokenHash: hashToken(live), userId: invitee[0]!.id, expiresAt: new Date(Date.now() + HOUR) });
    expect(await acceptInvitationFromLink(db(), { token: live, name: "Invitee", password: "a brand new passphrase" }, hash)).toBe(true);
    expect(hashed).toEqual(["a brand new passphrase"]);
    // An administrator exists by now, so a setup link is no longer issued or usable.
    expect(await issueSetupLink(db())).toBeNull();
  });
});
