import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, userDialogues } from "@/db/schema";
import { accountScopes, setDialogueScope } from "@/lib/accounts/dialogue-scope";
import { dialogueScope, mayOpenDialogue } from "@/lib/auth/dialogue-scope";
import { listDashboardEvents } from "@/lib/dashboard/overview";
import type { TestDatabase } from "../support/databases";
import { CARTAGENA, eventId, SANTO_DOMINGO, seededBackends } from "../support/registration";
import { createActor } from "./dashboard-support";

describe.each(seededBackends())("organisers per dialogue on $name", (backend) => {
  let database: TestDatabase;
  let cartagena: number;
  let santoDomingo: number;
  beforeAll(async () => {
    database = await backend.create();
    cartagena = await eventId(database.db, CARTAGENA);
    santoDomingo = await eventId(database.db, SANTO_DOMINGO);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("an existing account keeps every dialogue; a limited one opens only its own; an administrator all", async () => {
    const admin = await createActor(database.db, "admin", "Ada Admin");
    const organiser = await createActor(database.db, "organiser", "Olga Organiser");
    const checkin = await createActor(database.db, "checkin", "Carl Checkin");
    const organiserUser = { ...organiser, role: "organiser" as const };
    expect(await dialogueScope(database.db, organiserUser)).toBe("all");
    expect(await mayOpenDialogue(database.db, organiserUser, cartagena)).toBe(true);

    expect(await setDialogueScope(database.db, admin, organiser.id, { allDialogues: false, eventIds: [santoDomingo, 999_999] })).toEqual({
      ok: true,
    });
    expect(await mayOpenDialogue(database.db, organiserUser, cartagena)).toBe(false);
    expect(await mayOpenDialogue(database.db, organiserUser, santoDomingo)).toBe(true);
    expect((await listDashboardEvents(organiserUser, database.db)).map((e) => e.slug)).toEqual([SANTO_DOMINGO]);
    expect((await accountScopes(database.db)).get(organiser.id)).toEqual([santoDomingo]);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.dialogue_scope"), eq(auditLog.entityId, String(organiser.id))));
    expect(audit).toMatchObject({ before: { allDialogues: true, eventIds: [] }, after: { allDialogues: false, eventIds: [santoDomingo] } });

    // None ticked: no dialogue at all.
    await setDialogueScope(database.db, admin, checkin.id, { allDialogues: false, eventIds: [] });
    expect(await listDashboardEvents({ ...checkin, role: "checkin" }, database.db)).toEqual([]);
    // An administrator sees all, whatever is stored for them.
    await setDialogueScope(database.db, admin, admin.id, { allDialogues: false, eventIds: [] });
    expect(await mayOpenDialogue(database.db, { ...admin, role: "admin" }, cartagena)).toBe(true);
    expect((await listDashboardEvents({ ...admin, role: "admin" }, database.db)).length).toBeGreaterThanOrEqual(2);

    // Back to all: the list is cleared.
    await setDialogueScope(database.db, admin, organiser.id, { allDialogues: true, eventIds: [santoDomingo] });
    expect(await mayOpenDialogue(database.db, organiserUser, cartagena)).toBe(true);
    expect(await database.db.select().from(userDialogues).where(eq(userDialogues.userId, organiser.id))).toEqual([]);
    expect(await setDialogueScope(database.db, admin, 999_999, { allDialogues: true, eventIds: [] })).toEqual({
      ok: false,
      reason: "notFound",
    });
  });
});
