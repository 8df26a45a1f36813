import "server-only";
import { eq } from "drizzle-orm";
import { forbidden, notFound } from "next/navigation";
import type { Executor } from "@/db/client";
import { events } from "@/db/schema";
import { mayOpenDialogue } from "@/lib/auth/dialogue-scope";
import { requirePageUser, type SessionUser } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/database";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isSlug } from "@/lib/slugs";

/** The event a dashboard page or action is about, or a 404. */
async function eventForDashboard(db: Executor, slug: string) {
  if (!isSlug(slug)) notFound();
  const [event] = await db.select().from(events).where(eq(events.slug, slug));
  if (!event) notFound();
  return event;
}

/** Same lookup for code that must not throw Next's 404 (actions, route handlers, tests). */
export async function findEvent(db: Executor, slug: string) {
  if (!isSlug(slug)) return null;
  const [event] = await db.select().from(events).where(eq(events.slug, slug));
  return event ?? null;
}

/**
 * How every dashboard page about one event starts: its language (else 404), a signed-in user whose
 * role is `allowed` (else the sign-in page, which comes back to `/dashboard/events/<slug><path>`,
 * or 403), and the event (else 404) that the account may open (else 403).
 */
export async function dashboardEventPage(params: Promise<{ locale: string; slug: string }>, allowed: readonly Role[], path: string) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const user = await requirePageUser(locale, allowed, `/${locale}/dashboard/events/${slug}${path}`);
  const db = getDb();
  const event = await eventForDashboard(db, slug);
  await requireDialogueAccess(user, event.id);
  return { locale, slug, user, db, event };
}

/** An account limited to some dialogues gets 403 on every page of the others (layout and pages). */
export async function requireDialogueAccess(user: SessionUser, eventId: number): Promise<void> {
  if (!(await mayOpenDialogue(getDb(), user, eventId))) forbidden();
}
