import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { and, count, eq, gte, isNull } from "drizzle-orm";
import { auditLog, emailOutbox, events, mailings, registrationQuestions, sessions, themes } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { buildPath } from "../build-dir";
import { createUser, e2eDb } from "../users";
import { EVENT_SLUG } from "./accounts";
import type { ActionCase } from "./types";

/** The folder of the build under test (playwright.config.ts sets it for every worker). */
type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

/** The built app's server actions: id -> the file and export it runs (written by `next build`). */
function manifest(): Record<string, ManifestEntry> {
  const file = buildPath("server/server-reference-manifest.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> }).node;
}

/** Dashboard page routes of the build, e.g. "/[locale]/dashboard/events/[slug]". */
export function dashboardRoutes(): string[] {
  const file = buildPath("server/app-paths-manifest.json");
  return Object.keys(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>)
    .filter((route) => route.startsWith("/[locale]/dashboard") && route.endsWith("/page"))
    .map((route) => route.replace(/\/page$/, ""));
}

/** Server actions that dashboard pages carry, as "file#export". */
export function dashboardActions(): string[] {
  return Object.values(manifest())
    .filter((e) => Object.keys(e.workers).some((w) => w.startsWith("app/[locale]/dashboard")))
    .map((e) => `${e.filename}#${e.exportedName}`);
}

/** The action's id and a page that carries it (Next only runs an action from a page that imports it). */
export function locateAction(action: Pick<ActionCase, "file" | "name">): { id: string; page: string } {
  const found = Object.entries(manifest()).find(([, e]) => e.filename === action.file && e.exportedName === action.name);
  if (!found) throw new Error(`${action.file}#${action.name} is not in the build's action manifest (run next build)`);
  const [id, entry] = found;
  const routes = Object.keys(entry.workers)
    .filter((w) => w.startsWith("app/") && w.endsWith("/page"))
    .sort((a, b) => a.split("[").length - b.split("[").length);
  const route = routes[0];
  if (!route) throw new Error(`${action.name} is not used by any page`);
  return { id, page: route.replace(/^app/, "").replace(/\/page$/, "") };
}

/** Replaces `{{placeholder}}`s (see ./index.ts) with fresh values. */
export async function fillPlaceholders(template: string): Promise<string> {
  const db = e2eDb();
  const needed = new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!));
  const values: Record<string, string> = { unique: randomBytes(5).toString("hex") };
  const [event] = await db.select({ id: events.id }).from(events).where(eq(events.slug, EVENT_SLUG));
  values.eventId = String(event!.id);
  if (needed.has("sessionId")) {
    const [session] = await db
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.eventId, event!.id))
      .orderBy(sessions.startsAt)
      .limit(1);
    values.sessionId = String(session!.id);
  }
  if (needed.has("themeId")) {
    const [theme] = await db.select({ id: themes.id }).from(themes).where(eq(themes.eventId, event!.id)).orderBy(themes.id).limit(1);
    values.themeId = String(theme!.id);
  }
  if (needed.has("questionId")) {
    // Optional, and last on the form: the other specs' registrations need not answer it.
    const [question] = await db
      .insert(registrationQuestions)
      .values({ eventId: event!.id, kind: "short_text", label: { en: "Access matrix" }, position: 1000 })
      .returning({ id: registrationQuestions.id });
    values.questionId = String(question!.id);
  }
  if (needed.has("mailingId")) {
    // A draft (never sent): its page shows the preview and the send form.
    const [mailing] = await db
      .insert(mailings)
      .values({
        eventId: event!.id,
        idempotencyKey: `access-matrix-${values.unique}`,
        audience: { status: "confirmed" },
        subject: { en: "Access matrix" },
        body: { en: "Dear {name}" },
      })
      .returning({ id: mailings.id });
    values.mailingId = String(mailing!.id);
  }
  if (needed.has("registrationId")) values.registrationId = String((await insertRegistration(db, event!.id)).id);
  if (needed.has("userId")) values.userId = String((await createUser("organiser", "target")).id);
  if (needed.has("failedEmailId")) {
    const [row] = await db
      .insert(emailOutbox)
      .values({
        kind: "test.failed",
        toAddress: "nobody@example.org",
        subject: "Failed",
        textBody: "x",
        status: "failed",
        lastError: "test",
      })
      .returning({ id: emailOutbox.id });
    values.failedEmailId = String(row!.id);
  }
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`Unknown placeholder {{${key}}}`);
    return values[key]!;
  });
}

/** The page path of an action's route: English, the test event, and a registration for any other parameter. */
export function pagePathTemplate(route: string): string {
  return route
    .replace("[locale]", "en")
    .replace("[slug]", EVENT_SLUG)
    .replace(/\[[^\]]+\]/g, "{{registrationId}}");
}

/** A case's page path and form with the same fresh values wherever a placeholder repeats. */
export async function fillRequest(path: string, form: Record<string, string>) {
  return JSON.parse(await fillPlaceholders(JSON.stringify({ path, form }))) as { path: string; form: Record<string, string> };
}

export type ActionResult = { status: number; body: string; redirect?: string };

async function post(request: APIRequestContext, path: string, id: string, args: unknown[], form: Record<string, string>) {
  // A FormData, not an object: an object would list the key "0" first whatever the order written.
  // React reads its argument list last: the fields it refers to ($K1) must have arrived before,
  // or the action receives an empty form.
  const multipart = new FormData();
  for (const [key, value] of Object.entries(form)) multipart.append(`_1_${key}`, value);
  multipart.append("0", JSON.stringify(args));
  const response = await request.post(path, {
    headers: { "Next-Action": id, Accept: "text/x-component" },
    multipart,
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text(), redirect: response.headers()["x-action-redirect"] };
}

/**
 * Calls an action as React does: a multipart body whose part "0" holds the arguments, the form
 * data being a reference `$K1` to the parts `_1_<name>`. A `useActionState` action receives
 * (previous state, form data); if that fails with a server error, the action is called again the
 * way a plain `<form action>` calls it, with the form data alone.
 */
export async function invokeAction(
  request: APIRequestContext,
  path: string,
  id: string,
  form: Record<string, string>,
): Promise<ActionResult> {
  const withState = await post(request, path, id, [{ ok: false }, "$K1"], form);
  if (withState.status < 500) return withState;
  return post(request, path, id, ["$K1"], form);
}

/** The server refused the caller: the action's own answer, a 403, or a redirect to sign in. */
export function refused(result: ActionResult, expected: "forbidden" | "signInRequired"): boolean {
  if (result.body.includes(`"message":"${expected}"`)) return true;
  if (expected === "forbidden") return result.status === 403;
  return Boolean(result.redirect?.includes("/sign-in"));
}

/**
 * How many audit rows an actor has (null: rows of nobody signed in, written in the last second:
 * other workers' delegates write those too). Compared before and after a refused call: a time
 * window would also count what the same account did, allowed, just before.
 */
export async function auditRows(actorId: number | null): Promise<number> {
  const [row] = await e2eDb()
    .select({ n: count() })
    .from(auditLog)
    .where(
      actorId === null
        ? and(gte(auditLog.createdAt, new Date(Date.now() - 1000)), isNull(auditLog.actorId))
        : eq(auditLog.actorId, actorId),
    );
  return row?.n ?? 0;
}
