import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkIns, type Event, sessionSignups } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { setClock } from "@/lib/clock";
import { attendance, checkIn } from "@/lib/dashboard/checkin";
import { attendanceTable, sessionListsTable } from "@/lib/dashboard/exports";
import { toCsv, toXlsx } from "@/lib/dashboard/spreadsheet";
import { backends, type TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration } from "../support/fixtures";
import { createActor, createSession, signUp } from "./dashboard-support";

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      // A formula cell would have type Formula; everything must be a plain value.
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      cells[Number(cell.col) - 1] = cell.value === null || cell.value === undefined ? "" : String(cell.value);
    });
    rows.push(cells);
  });
  return rows;
}

describe.each(backends())("check-in and exports on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  let desk: { id: number; email: string };
  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
    event = await eventBySlug(database.db, "digital-alliance-days-2023");
    desk = await createActor(database.db, "checkin", "Diego Desk");
  });
  afterAll(async () => {
    setClock(null);
    await database?.dispose();
  });

  it("checks a delegate in once per day at the venue and once per session, and says when a second scan comes", async () => {
    const db = database.db;
    setClock(new Date(`${event.startDate}T14:12:00Z`)); // 09:12 in Cartagena
    const delegate = await insertRegistration(db, event.id, { givenName: "Rosa", familyName: "Quispe" });
    const first = await checkIn(db, desk, event, { token: delegate.checkInToken }, null);
    expect(first).toMatchObject({ status: "checkedIn", name: "Rosa Quispe", day: event.startDate });

    setClock(new Date(`${event.startDate}T15:00:00Z`));
    const again = await checkIn(db, desk, event, { token: delegate.checkInToken }, null);
    expect(again).toMatchObject({ status: "already", by: "Diego Desk", day: event.startDate });
    if (again.status !== "already") throw new Error("unreachable");
    expect(again.at.toISOString().slice(0, 16)).toBe(`${event.startDate}T14:12`); // the first scan's time

    const session = await createSession(db, event, 10, 4);
    await db
      .insert(sessionSignups)
      .values({ registrationId: delegate.id, sessionId: session.id, status: "confirmed", confirmedAt: new Date() });
    expect(await checkIn(db, desk, event, { registrationId: delegate.id }, session.id)).toMatchObject({ status: "checkedIn" });
    expect(await checkIn(db, desk, event, { registrationId: delegate.id }, session.id)).toMatchObject({ status: "already" });
    expect(await db.$count(checkIns, eq(checkIns.registrationId, delegate.id))).toBe(2);

    // Many desks scanning the same badge at once still record one arrival.
    setClock(new Date(`${event.endDate}T14:00:00Z`));
    const racing = await Promise.all(Array.from({ length: 6 }, () => checkIn(db, desk, event, { token: delegate.checkInToken }, null)));
    expect(racing.filter((r) => r.status === "checkedIn")).toHaveLength(1);
    expect(racing.filter((r) => r.status === "already")).toHaveLength(5);

    const pending = await insertRegistration(db, event.id, { status: "pending" });
    expect(await checkIn(db, desk, event, { token: pending.checkInToken }, null)).toMatchObject({ status: "notConfirmed" });
    expect(await checkIn(db, desk, event, { token: "no-such-token" }, null)).toEqual({ status: "unknown" });
    const other = await eventBySlug(db, "cybersecurity-dialogue-2024");
    expect(await checkIn(db, desk, other, { token: delegate.checkInToken }, null)).toEqual({ status: "unknown" });

    const live = await attendance(db, event.id);
    expect(live.perSession.find((s) => s.id === session.id)!.checkedIn).toBe(1);
    expect(live.perDay).toEqual(
      expect.arrayContaining([
        { day: event.startDate, checkedIn: 1 },
        { day: event.endDate, checkedIn: 1 },
      ]),
    );
  });

  it("exports session lists and attendance matching the database", async () => {
    const db = database.db;
    const session = await createSession(db, event, 1, 6);
    const seated = await signUp(db, event, session.id, "confirmed", 1);
    const waiting = await signUp(db, event, session.id, "waitlisted", 2);
    const lists = await sessionListsTable(db, event, "es", session.id);
    const parsed = parse(toCsv(lists), { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed.map((r) => [r.registration_id, r.signup_status, r.session])).toEqual([
      [String(seated.id), "confirmed", "Sesión de prueba"],
      [String(waiting.id), "waitlisted", "Sesión de prueba"],
    ]);

    const rows = await db.select().from(checkIns).orderBy(checkIns.day, checkIns.checkedInAt, checkIns.id);
    const sheet = await readXlsx(await toXlsx(await attendanceTable(db, event, "en")));
    expect(sheet.slice(1).map((r) => r[3])).toEqual(rows.map((r) => String(r.registrationId)));
    expect(sheet.slice(1).every((r) => r[8] === desk.email)).toBe(true);
  });
});
