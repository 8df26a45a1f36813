import { eq } from "drizzle-orm";
import { events, userDialogues, users } from "@/db/schema";
import { seeded } from "../seeded";
import { e2eDb } from "../users";
import { EVENT_SLUG } from "./accounts";
import type { ActionCase, PageCase } from "./types";

/** The dialogue a scoped account may not open (the cases are written for EVENT_SLUG, its own). */
export const OTHER_SLUG = seeded.santoDomingo.slug;

/** Limits an account to one dialogue, as an administrator does on the accounts page. */
export async function limitToDialogue(userId: number, slug: string): Promise<void> {
  const db = e2eDb();
  const [event] = await db.select({ id: events.id }).from(events).where(eq(events.slug, slug));
  await db.update(users).set({ allDialogues: false }).where(eq(users.id, userId));
  await db.insert(userDialogues).values({ userId, eventId: event!.id });
}

/** The same request about the other dialogue: its slug in the path, and in the posted `slug`. */
export function inOtherDialogue<T extends { path: string; form: Record<string, string> }>(request: T): T {
  const path = request.path.replace(`/events/${EVENT_SLUG}`, `/events/${OTHER_SLUG}`);
  const form = request.form.slug === EVENT_SLUG ? { ...request.form, slug: OTHER_SLUG } : request.form;
  return { ...request, path, form };
}

/** Pages of one dialogue that `role` may open: a scoped account gets 200 on its own, 403 on the other. */
export const dialoguePages = (pages: PageCase[], role: PageCase["allowed"][number]) =>
  pages.filter((page) => page.path.includes(`/events/${EVENT_SLUG}`) && page.allowed.includes(role));

/** Actions on one dialogue (they post its slug) that `role` may use. */
export const dialogueActions = (actions: ActionCase[], role: ActionCase["allowed"][number]) =>
  actions.filter((action) => action.form?.slug === EVENT_SLUG && action.allowed.includes(role));
