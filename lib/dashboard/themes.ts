import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { PG_UNIQUE_VIOLATION, pgErrorCode } from "@/db/errors";
import { sessions, themes } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { toLocalized } from "./localized-fields";
import type { ThemeForm } from "./session-schema";

export type ThemeSaveResult = { status: "saved"; id: number } | { status: "slugTaken" | "notFound" };

export async function themesWithCounts(db: Executor, eventId: number) {
  return db
    .select({ theme: themes, sessionCount: count(sessions.id) })
    .from(themes)
    .leftJoin(sessions, eq(sessions.themeId, themes.id))
    .where(eq(themes.eventId, eventId))
    .groupBy(themes.id)
    .orderBy(asc(themes.position), asc(themes.id));
}

export async function saveTheme(db: Database, actor: AuditActor, eventId: number, form: ThemeForm): Promise<ThemeSaveResult> {
  const values = {
    slug: form.themeSlug,
    name: toLocalized(form, "name"),
    description: toLocalized(form, "description"),
    position: form.position,
  };
  try {
    return await inTransaction(db, async (tx) => {
      if (!form.id) {
        const [created] = await tx
          .insert(themes)
          .values({ ...values, eventId })
          .returning();
        await recordAudit(tx, actor, { action: "theme.create", entityType: "theme", entityId: created!.id, eventId, after: values });
        return { status: "saved", id: created!.id } as const;
      }
      const [current] = await tx
        .select()
        .from(themes)
        .where(and(eq(themes.id, form.id), eq(themes.eventId, eventId)))
        .for("update");
      if (!current) return { status: "notFound" } as const;
      await tx
        .update(themes)
        .set({ ...values, updatedAt: now() })
        .where(eq(themes.id, current.id));
      await recordAudit(tx, actor, {
        action: "theme.update",
        entityType: "theme",
        entityId: current.id,
        eventId,
        before: { slug: current.slug, name: current.name, description: current.description, position: current.position },
        after: values,
      });
      return { status: "saved", id: current.id } as const;
    });
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) return { status: "slugTaken" };
    throw error;
  }
}

/** Deletes a theme; its sessions stay, without a theme (the foreign key sets null). */
export async function deleteTheme(db: Database, actor: AuditActor, eventId: number, id: number): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const [current] = await tx
      .select()
      .from(themes)
      .where(and(eq(themes.id, id), eq(themes.eventId, eventId)))
      .for("update");
    if (!current) return false;
    await tx.delete(themes).where(eq(themes.id, id));
    await recordAudit(tx, actor, { action: "theme.delete", entityType: "theme", entityId: id, eventId, before: current });
    return true;
  });
}
