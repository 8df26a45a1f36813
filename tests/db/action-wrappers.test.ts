import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { registrations } from "@/db/schema";
import { hashToken, newToken } from "@/lib/tokens";
import type { TestDatabase } from "../support/databases";
import { insertRegistration } from "../support/fixtures";
import { CARTAGENA, eventId, seededBackends } from "../support/registration";

const g = globalThis as { __dialogosDb?: unknown };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/**
 * The wrappers of lib/actions on a real database (the organiser wrappers need a signed-in request
 * and are covered by e2e/access-matrix.spec.ts): the token-holder wrapper resolves what the link
 * names and refuses a dead link with one message, before the action runs.
 */
describe.each(seededBackends())("action wrappers on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
    g.__dialogosDb = database; // the wrappers use the app's database
  });
  afterAll(async () => {
    g.__dialogosDb = undefined;
    await database?.dispose();
  });

  async function manageLink() {
    const token = newToken();
    const row = await insertRegistration(database.db, await eventId(database.db, CARTAGENA), { manageTokenHash: hashToken(token) });
    return { token, id: row.id };
  }

  async function noteAction() {
    const { tokenAction } = await import("@/lib/actions/token");
    const ran: number[] = [];
    const action = tokenAction(
      "registration",
      z.object({ note: z.string().min(2, { error: "tooShort" }) }),
      async (data, { holder, locale }) => {
        ran.push(holder.id);
        return { ok: true, message: `${locale}:${data.note}` };
      },
    );
    return { action, ran };
  }

  it("runs the action with the registration a live link names, and the posted locale", async () => {
    const { action, ran } = await noteAction();
    const { token, id } = await manageLink();
    expect(await action(undefined, form({ token, locale: "pt", note: "hello" }))).toEqual({ ok: true, message: "pt:hello" });
    expect(ran).toEqual([id]);
  });

  it("refuses an unknown, malformed, missing or erased link with one message, without running", async () => {
    const { action, ran } = await noteAction();
    const erased = await manageLink();
    await database.db.update(registrations).set({ erasedAt: new Date() }).where(eq(registrations.id, erased.id));
    const links: Record<string, string>[] = [{ token: newToken() }, { token: "short" }, {}, { token: erased.token }];
    for (const fields of links) {
      const state = await action(undefined, form({ ...fields, locale: "es", note: "hello" }));
      expect(state).toMatchObject({ ok: false, message: "invalidLink" });
    }
    expect(ran).toEqual([]);
  });

  it("answers input that does not parse, or holds a NUL, with field errors and the values to re-fill", async () => {
    const { action, ran } = await noteAction();
    const { token } = await manageLink();
    expect(await action(undefined, form({ token, note: "x" }))).toEqual({
      ok: false,
      errors: { note: ["tooShort"] },
      values: { token, note: "x" },
    });
    const withNul = await action(undefined, form({ token, note: "a\u0000b" }));
    expect(withNul).toMatchObject({ ok: false, errors: { note: ["controlCharacters"] }, values: { note: "ab" } });
    expect(await action(undefined, "not a form" as unknown as FormData)).toEqual({ ok: false });
    expect(ran).toEqual([]);
  });

  it("gives a public action the parsed input and falls back to the default locale", async () => {
    const { publicAction } = await import("@/lib/actions/public");
    const action = publicAction(z.object({ n: z.coerce.number().int() }), async ({ n }, { locale }) => ({
      ok: true,
      message: `${locale}:${n + 1}`,
    }));
    expect(await action(undefined, form({ n: "41", locale: "xx" }))).toEqual({ ok: true, message: "en:42" });
    expect(await action(undefined, form({ n: "4.5", password: "secret" }))).toMatchObject({ ok: false, values: { n: "4.5" } });
    expect(await action(undefined, form({ n: "4.5", password: "secret" }))).not.toHaveProperty("values.password");
  });
});
