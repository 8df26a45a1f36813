import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Event, registrations, uploads } from "@/db/schema";
import { createTestDialogue } from "@/e2e/support/dialogues";
import { removeBadgePhoto, saveBadgePhoto, setBadgeRole } from "@/lib/badges/badge-details";
import { badgeDocument } from "@/lib/badges/document";
import { eraseRegistration } from "@/lib/registration";
import { applyRetention } from "@/lib/registration/retention";
import { backends, type TestDatabase } from "../support/databases";
import { insertRegistration } from "../support/fixtures";
import { createActor } from "./dashboard-support";

/** A phone photo: larger than a badge needs, with the camera's EXIF and a GPS position. */
function photoWithLocation(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#3366aa" } })
    .jpeg()
    .withExif({ IFD0: { Make: "PhoneCo", Copyright: "Camera owner" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "4/1 36/1 0/1" } })
    .toBuffer();
}

describe.each(backends())("badge photos on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  let actor: { id: number; email: string };
  beforeAll(async () => {
    database = await backend.create();
    ({ event } = await createTestDialogue(database.db, "photos"));
    actor = await createActor(database.db, "organiser");
  });
  afterAll(async () => database?.dispose());

  const photoOf = async (registrationId: number) => {
    const [row] = await database.db
      .select({ content: uploads.content, kind: uploads.kind, contentType: uploads.contentType })
      .from(registrations)
      .innerJoin(uploads, eq(uploads.id, registrations.photoUploadId))
      .where(eq(registrations.id, registrationId));
    return row;
  };
  const uploadCount = async () => (await database.db.select({ id: uploads.id }).from(uploads)).length;

  it("stores the photo re-encoded: no EXIF or GPS left, at most 800 px; it prints on the badge", async () => {
    const original = await photoWithLocation();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const person = await insertRegistration(database.db, event.id);
    const result = await saveBadgePhoto(database.db, actor, event.id, person.id, original);
    expect(result.ok).toBe(true);
    const stored = await photoOf(person.id);
    expect(stored).toMatchObject({ kind: "photo", contentType: "image/jpeg" });
    const metadata = await sharp(stored!.content).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(Math.max(metadata.width!, metadata.height!)).toBeLessThanOrEqual(800);
    expect(stored!.content.includes(Buffer.from("PhoneCo"))).toBe(false);
    const document = await badgeDocument(database.db, event, {
      scope: "registration",
      registration: person.id,
      layout: "a6",
      language: "en",
    });
    expect(document!.pdf.toString("latin1")).toMatch(/\/Subtype \/Image/);
  });

  it("a new photo replaces the old one (its row deleted); removing deletes the row", async () => {
    const person = await insertRegistration(database.db, event.id);
    const before = await uploadCount();
    await saveBadgePhoto(database.db, actor, event.id, person.id, await photoWithLocation());
    await saveBadgePhoto(database.db, actor, event.id, person.id, await photoWithLocation());
    expect(await uploadCount()).toBe(before + 1);
    expect(await removeBadgePhoto(database.db, actor, event.id, person.id)).toBe("removed");
    expect(await uploadCount()).toBe(before);
    expect(await removeBadgePhoto(database.db, actor, event.id, person.id)).toBe("noPhoto");
  });

  it("refused files store nothing; another dialogue's registration is not found", async () => {
    const person = await insertRegistration(database.db, event.id);
    const before = await uploadCount();
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    expect(await saveBadgePhoto(database.db, actor, event.id, person.id, pdf)).toEqual({ ok: false, reason: "type" });
    expect(await saveBadgePhoto(database.db, actor, event.id, person.id, Buffer.alloc(0))).toEqual({ ok: false, reason: "empty" });
    expect(await saveBadgePhoto(database.db, actor, event.id, person.id, Buffer.alloc(5 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      reason: "tooLarge",
    });
    const { event: other } = await createTestDialogue(database.db, "photos-other");
    expect(await saveBadgePhoto(database.db, actor, other.id, person.id, await photoWithLocation())).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await setBadgeRole(database.db, actor, other.id, person.id, "press")).toBe("notFound");
    expect(await uploadCount()).toBe(before);
  });

  it("the delegate's erasure deletes their photo's row and clears their badge role", async () => {
    const person = await insertRegistration(database.db, event.id);
    await setBadgeRole(database.db, actor, event.id, person.id, "speaker");
    const saved = await saveBadgePhoto(database.db, actor, event.id, person.id, await photoWithLocation());
    if (!saved.ok) throw new Error("not saved");
    expect((await eraseRegistration(database.db, { registrationId: person.id })).ok).toBe(true);
    expect(await database.db.select().from(uploads).where(eq(uploads.id, saved.uploadId))).toEqual([]);
    const [erased] = await database.db.select().from(registrations).where(eq(registrations.id, person.id));
    expect(erased).toMatchObject({ photoUploadId: null, badgeRole: null });
  });

  it("the retention pass deletes the photos of the people it erases", async () => {
    // The test dialogue ended on 2024-06-10; a year and more later, with a registration that old.
    const person = await insertRegistration(database.db, event.id, { createdAt: new Date("2024-05-01T00:00:00Z") });
    const saved = await saveBadgePhoto(database.db, actor, event.id, person.id, await photoWithLocation());
    if (!saved.ok) throw new Error("not saved");
    expect(await applyRetention(database.db, new Date("2026-01-15T00:00:00Z"))).toBeGreaterThan(0);
    expect(await database.db.select().from(uploads).where(eq(uploads.id, saved.uploadId))).toEqual([]);
  });
});
