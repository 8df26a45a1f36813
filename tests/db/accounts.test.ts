import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, oneTimeTokens, users } from "@/db/schema";
import { acceptInvitation, inviteUser } from "@/lib/accounts/invitations";
import { changeRole, setDisabled } from "@/lib/accounts/manage";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { findUsableToken } from "@/lib/accounts/tokens";
import type { Role } from "@/lib/auth/roles";
import { setClock } from "@/lib/clock";
import { backends, type TestDatabase } from "../support/databases";
import { sentText } from "../support/outbox";

const APP = "https://dialogos.test";
const linkToken = (text: string, path: string) => new RegExp(`${APP}/\\w\\w/${path}/([\\w-]+)`).exec(text)?.[1];

describe.each(backends())("organiser accounts on $name", (backend) => {
  let database: TestDatabase;
  let admin: { id: number; email: string; name: string };
  const db = () => database.db;

  async function makeUser(role: Role, email = `${role}.${Math.random().toString(36).slice(2)}@example.org`) {
    const [row] = await db().insert(users).values({ email, name: email, role, passwordHash: "$argon2id$old" }).returning();
    return row!;
  }
  async function lastEmailTo(address: string) {
    const rows = await db()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, address))
      .orderBy(sql`${emailOutbox.id} desc`)
      .limit(1);
    return rows[0];
  }

  beforeAll(async () => {
    database = await backend.create();
    // The password-reset limiter counts in the app database: point it at this one.
    (globalThis as { __dialogosDb?: unknown }).__dialogosDb = database;
    (globalThis as { __dialogosLimiters?: unknown }).__dialogosLimiters = undefined;
    admin = await makeUser("admin", "chief@example.org");
  });
  afterAll(async () => {
    setClock(null);
    (globalThis as { __dialogosDb?: unknown }).__dialogosDb = undefined;
    (globalThis as { __dialogosLimiters?: unknown }).__dialogosLimiters = undefined;
    await database?.dispose();
  });

  it("invites by a single-use link emailed in the invitee's language, and audits it", async () => {
    const result = await inviteUser(db(), admin, { email: "Nueva@Example.org", role: "organiser", locale: "es" }, APP);
    expect(result.ok).toBe(true);
    const email = await lastEmailTo("Nueva@Example.org");
    expect(email?.subject).toBe("Su invitación para organizar Diálogos");
    const token = linkToken(await sentText(email!), "invitation");
    expect(await sentText(email!)).toContain(`${APP}/es/invitation/`);
    expect(email!.textBody).not.toContain(token!);
    const [invitee] = await db()
      .select()
      .from(users)
      .where(eq(users.id, result.ok ? result.userId : 0));
    expect(invitee).toMatchObject({ role: "organiser", locale: "es", passwordHash: null });
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "user.invite"))).toHaveLength(1);

    const accepts = await Promise.all(
      Array.from({ length: 4 }, () => acceptInvitation(db(), { token: token!, name: "Nueva Persona", passwordHash: "$argon2id$new" })),
    );
    expect(accepts.filter(Boolean)).toHaveLength(1);
    expect(await acceptInvitation(db(), { token: token!, name: "Again", passwordHash: "$x" })).toBe(false);
    const [accepted] = await db().select().from(users).where(eq(users.id, invitee!.id));
    expect(accepted).toMatchObject({ name: "Nueva Persona", passwordHash: "$argon2id$new" });
    expect(accepted!.credentialsChangedAt).not.toBeNull();
  });

  it("refuses to invite an address with a working account, and a fresh invitation replaces the old link", async () => {
    expect(await inviteUser(db(), admin, { email: "CHIEF@example.org", role: "organiser", locale: "en" }, APP)).toEqual({
      ok: false,
      reason: "alreadyExists",
    });
    await inviteUser(db(), admin, { email: "twice@example.org", role: "checkin", locale: "fr" }, APP);
    const first = linkToken(await sentText((await lastEmailTo("twice@example.org"))!), "invitation")!;
    await inviteUser(db(), admin, { email: "twice@example.org", role: "checkin", locale: "fr" }, APP);
    const second = linkToken(await sentText((await lastEmailTo("twice@example.org"))!), "invitation")!;
    expect((await lastEmailTo("twice@example.org"))!.subject).toBe("Votre invitation à organiser Diálogos");
    expect(await findUsableToken(db(), first, "invitation")).toBeNull();
    expect(await findUsableToken(db(), second, "invitation")).not.toBeNull();
  });

  it("expires invitations after 7 days by the app clock", async () => {
    await inviteUser(db(), admin, { email: "late@example.org", role: "organiser", locale: "en" }, APP);
    const token = linkToken(await sentText((await lastEmailTo("late@example.org"))!), "invitation")!;
    setClock(new Date(Date.now() + 7 * 24 * 60 * 60 * 1000 + 60_000));
    expect(await findUsableToken(db(), token, "invitation")).toBeNull();
    expect(await acceptInvitation(db(), { token, name: "Late", passwordHash: "$x" })).toBe(false);
    setClock(null);
    expect(await findUsableToken(db(), token, "invitation")).not.toBeNull();
  });

  it("resets a password once per link, within an hour, and says nothing about unknown addresses", async () => {
    const user = await makeUser("organiser");
    await requestPasswordReset(db(), "nobody.here@example.org", APP);
    expect(await lastEmailTo("nobody.here@example.org")).toBeUndefined();

    await requestPasswordReset(db(), user.email.toUpperCase(), APP);
    const email = await lastEmailTo(user.email);
    expect(email?.kind).toBe("account.password_reset");
    const token = linkToken(await sentText(email!), "reset-password")!;

    setClock(new Date(Date.now() + 61 * 60 * 1000));
    expect(await resetPassword(db(), { token, passwordHash: "$late" })).toBe(false);
    setClock(null);

    const results = await Promise.all([1, 2, 3].map(() => resetPassword(db(), { token, passwordHash: "$argon2id$reset" })));
    expect(results.filter(Boolean)).toHaveLength(1);
    const [after] = await db().select().from(users).where(eq(users.id, user.id));
    expect(after!.passwordHash).toBe("$argon2id$reset");
    expect(after!.credentialsChangedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const used = await db()
      .select()
      .from(oneTimeTokens)
      .where(and(eq(oneTimeTokens.userId, user.id), eq(oneTimeTokens.purpose, "password_reset")));
    expect(used.every((t) => t.usedAt !== null)).toBe(true);
  });

  it("sends no reset link to a disabled account, and at most three an hour", async () => {
    const disabled = await makeUser("organiser");
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    await requestPasswordReset(db(), disabled.email, APP);
    expect(await lastEmailTo(disabled.email)).toBeUndefined();

    const busy = await makeUser("checkin");
    for (let i = 0; i < 5; i++) await requestPasswordReset(db(), busy.email, APP);
    const sent = await db().select().from(emailOutbox).where(eq(emailOutbox.toAddress, busy.email));
    expect(sent).toHaveLength(3);
  });

  it("never leaves the installation without an active administrator", async () => {
    const [only] = await db().select().from(users).where(eq(users.role, "admin"));
    expect(only!.id).toBe(admin.id);
    expect(await changeRole(db(), admin, admin.id, "organiser")).toEqual({ ok: false, reason: "lastAdmin" });
    expect(await setDisabled(db(), admin, admin.id, true)).toEqual({ ok: false, reason: "self" });

    const second = await makeUser("organiser");
    expect(await changeRole(db(), admin, second.id, "admin")).toEqual({ ok: true, changed: true });
    // Two admins demote each other at the same moment: one of them must stay.
    const both = await Promise.all([changeRole(db(), admin, second.id, "organiser"), changeRole(db(), second, admin.id, "organiser")]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    const admins = await db()
      .select()
      .from(users)
      .where(and(eq(users.role, "admin"), sql`${users.disabledAt} is null`));
    expect(admins).toHaveLength(1);

    const remaining = admins[0]!;
    const other = remaining.id === admin.id ? second : admin;
    expect(await setDisabled(db(), other, remaining.id, true)).toEqual({ ok: false, reason: "lastAdmin" });
    const audits = await db().select().from(auditLog).where(eq(auditLog.action, "user.change_role"));
    expect(audits).toHaveLength(2);
  });

  it("disabling ends the sessions of an account (credentials change time) and re-enabling works", async () => {
    const user = await makeUser("checkin");
    expect(await setDisabled(db(), admin, user.id, true)).toEqual({ ok: true, changed: true });
    const [off] = await db().select().from(users).where(eq(users.id, user.id));
    expect(off!.disabledAt).not.toBeNull();
    expect(off!.credentialsChangedAt).not.toBeNull();
    expect(await setDisabled(db(), admin, user.id, false)).toEqual({ ok: true, changed: true });
    const entries = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(user.id)));
    expect(entries.map((e) => e.action).sort()).toEqual(["user.disable", "user.enable"]);
  });
});
