import "server-only";
import { eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import type { Executor } from "@/db/client";
import { events } from "@/db/schema";
import { isSlug } from "@/lib/slugs";

/** The event a dashboard page or action is about, or a 404. */
export async function eventForDashboard(db: Executor, slug: string) {
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
