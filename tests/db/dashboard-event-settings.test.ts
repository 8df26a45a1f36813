import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, type Event, events } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { eventSettingsValues, updateEventSettings } from "@/lib/dashboard/event-settings";
import { eventSettingsSchema } from "@/lib/dashboard/event-settings-schema";
import { registrationAvailability } from "@/lib/registration";
import { backends, type TestDatabase } from "../support/databases";
import { eventBySlug } from "../support/fixtures";
import { createActor } from "./dashboard-support";

describe.each(backends())("dialogue registration settings on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  let actor: { id: number; email: string };

  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
    event = await eventBySlug(database.db, "cybersecurity-dialogue-2024");
    actor = await createActor(database.db);
  });
  afterAll(async () => database?.dispose());

  it("reads the window as wall-clock times in the event's zone, saves it audited, and shows it back the same", async () => {
    const form = eventSettingsSchema.parse({
      registrationOpen: "on",
      registrationOpensAt: "2024-01-10T09:00",
      registrationClosesAt: "2024-02-13T18:30",
      capacity: "150",
      requiresApproval: "on",
      holdMinutes: "45",
      maxUnconfirmedHolds: "250",
      streamUrl: "https://stream.example.org/cyber",
      contactEmail: " dialogues@example.org ",
      status: "published",
    });
    const saved = await updateEventSettings(database.db, actor, event.id, form);
    // Santo Domingo is UTC−4 all year.
    expect(saved!.registrationOpensAt!.toISOString()).toBe("2024-01-10T13:00:00.000Z");
    expect(saved!.registrationClosesAt!.toISOString()).toBe("2024-02-13T22:30:00.000Z");
    expect(saved).toMatchObject({
      capacity: 150,
      requiresApproval: true,
      holdMinutes: 45,
      maxUnconfirmedHolds: 250,
      streamUrl: "https://stream.example.org/cyber",
      contactEmail: "dialogues@example.org",
    });
    expect(eventSettingsValues(saved!)).toMatchObject({
      registrationOpensAt: "2024-01-10T09:00",
      registrationClosesAt: "2024-02-13T18:30",
      capacity: "150",
      holdMinutes: "45",
      maxUnconfirmedHolds: "250",
    });

    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "event.settings"), eq(auditLog.entityId, String(event.id))));
    expect(entry).toMatchObject({
      actorId: actor.id,
      before: expect.objectContaining({ capacity: event.capacity, requiresApproval: event.requiresApproval }),
      after: expect.objectContaining({ capacity: 150, requiresApproval: true, holdMinutes: 45 }),
    });

    // Registration follows the saved window.
    expect(registrationAvailability(saved!, new Date("2024-01-10T12:59:00Z"))).toMatchObject({ open: false, reason: "notYetOpen" });
    expect(registrationAvailability(saved!, new Date("2024-01-10T13:01:00Z"))).toMatchObject({ open: true });
    expect(registrationAvailability(saved!, new Date("2024-02-13T22:31:00Z"))).toMatchObject({ open: false, reason: "closed" });
  });

  it("refuses a window that closes before it opens, and bad values, naming the fields", () => {
    const result = eventSettingsSchema.safeParse({
      registrationOpensAt: "2024-02-10T09:00",
      registrationClosesAt: "2024-02-01T09:00",
      capacity: "0",
      holdMinutes: "2",
      maxUnconfirmedHolds: "",
      streamUrl: "javascript:alert(1)",
      contactEmail: "not an address",
      status: "gone",
    });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(fields).toMatchObject({
      capacity: "capacity",
      holdMinutes: "holdMinutes",
      maxUnconfirmedHolds: "maxUnconfirmedHolds",
      streamUrl: "url",
      contactEmail: "email",
      status: "required",
    });
  });

  it("switching registration off is stored as it is", async () => {
    const form = eventSettingsSchema.parse({ status: "published" });
    const saved = await updateEventSettings(database.db, actor, event.id, form);
    expect(saved).toMatchObject({
      registrationOpen: false,
      registrationOpensAt: null,
      registrationClosesAt: null,
      capacity: null,
      requiresApproval: false,
    });
    // Hold settings absent from the post are left as they were.
    expect(saved).toMatchObject({ holdMinutes: 45, maxUnconfirmedHolds: 250 });
    const [row] = await database.db.select().from(events).where(eq(events.id, event.id));
    expect(row!.registrationOpen).toBe(false);
  });

  it("saves the automatic reminder's days (audited), keeps them when the post leaves them out, clears them when empty", async () => {
    const base = { registrationOpen: "on", status: "published" };
    const refused = ["0", "61", "2.5", "soon"].map((value) => eventSettingsSchema.safeParse({ ...base, reminderDaysBefore: value }));
    for (const result of refused) expect(result.error?.issues[0]?.message).toBe("reminderDaysBefore");
    const saved = await updateEventSettings(database.db, actor, event.id, eventSettingsSchema.parse({ ...base, reminderDaysBefore: "7" }));
    expect(saved!.reminderDaysBefore).toBe(7);
    expect(eventSettingsValues(saved!).reminderDaysBefore).toBe("7");
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "event.settings"), eq(auditLog.eventId, event.id)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry!.after).toMatchObject({ reminderDaysBefore: 7 });
    const kept = await updateEventSettings(database.db, actor, event.id, eventSettingsSchema.parse(base));
    expect(kept!.reminderDaysBefore).toBe(7);
    const cleared = await updateEventSettings(database.db, actor, event.id, eventSettingsSchema.parse({ ...base, reminderDaysBefore: "" }));
    expect(cleared!.reminderDaysBefore).toBeNull();
  });
});
