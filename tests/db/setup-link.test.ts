import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { createFirstAdmin } from "@/lib/auth/create-admin";
import { findUsableSetupToken, issueSetupLink } from "@/lib/auth/setup-link";
import { setClock } from "@/lib/clock";
import { backends, type TestDatabase } from "../support/databases";

const tokenOf = (path: string) => path.split("/").pop()!;

describe.each(backends())("first organiser's setup link on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
  });
  afterAll(async () => {
    setClock(null);
    await database?.dispose();
  });

  it("issues a fresh link at each start while there is no administrator, invalidating the last", async () => {
    const first = await issueSetupLink(database.db);
    const second = await issueSetupLink(database.db);
    expect(first).toMatch(/^\/en\/setup\/[\w-]{40,}$/);
    expect(await findUsableSetupToken(database.db, tokenOf(first!))).toBeNull();
    expect(await findUsableSetupToken(database.db, tokenOf(second!))).not.toBeNull();
  });

  it("expires after a day", async () => {
    const link = await issueSetupLink(database.db);
    setClock(new Date(Date.now() + 25 * 60 * 60 * 1000));
    expect(await findUsableSetupToken(database.db, tokenOf(link!))).toBeNull();
    setClock(null);
  });

  it("creates exactly one administrator when the same link is submitted many times at once", async () => {
    const token = tokenOf((await issueSetupLink(database.db))!);
    const attempts = Array.from({ length: 8 }, (_, i) =>
      createFirstAdmin(database.db, {
        token,
        name: `Admin ${i}`,
        email: `admin${i}@example.org`,
        passwordHash: "$argon2id$fake",
        locale: "en",
      }),
    );
    const results = await Promise.all(attempts);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await database.db.select().from(users)).toHaveLength(1);
    expect(await database.db.select().from(auditLog).where(eq(auditLog.action, "user.setup"))).toHaveLength(1);
  });

  it("stops issuing links once an administrator exists", async () => {
    expect(await issueSetupLink(database.db)).toBeNull();
  });
});
