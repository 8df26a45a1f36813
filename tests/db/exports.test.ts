import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkIns, type Event, type Registration, registrations } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { attendanceTable, registrationsTable, sessionListsTable } from "@/lib/dashboard/exports";
import { toCsv, toXlsx } from "@/lib/dashboard/spreadsheet";
import { backends, type TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration } from "../support/fixtures";
import { createActor, createSession, signUp } from "./dashboard-support";

type XlsxCell = { type: ExcelJS.ValueType; value: ExcelJS.CellValue; numFmt?: string };

/** Every cell of the first sheet with its type, read back by exceljs (an independent reader). */
async function readXlsx(buffer: Buffer): Promise<XlsxCell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: XlsxCell[][] = [];
  workbook.worksheets[0]!.eachRow({ includeEmpty: true }, (row) => {
    const cells: XlsxCell[] = [];
    for (let col = 1; col <= row.worksheet.columnCount; col++) {
      const cell = row.getCell(col);
      cells.push({ type: cell.type, value: cell.value, numFmt: cell.numFmt });
    }
    rows.push(cells);
  });
  return rows;
}

/** The CSV's raw text, checked for Excel's needs, then parsed by csv-parse. */
function readCsv(buffer: Buffer): string[][] {
  expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = buffer.toString("utf8");
  // Outside quoted fields every line ends in CRLF.
  const unquoted = text.replace(/"(?:[^"]|"")*"/g, "");
  expect(unquoted).not.toMatch(/[^\r]\n/);
  expect(text.endsWith("\r\n")).toBe(true);
  return parse(buffer, { bom: true, relax_column_count: false }) as string[][];
}

// Values a spreadsheet would run, values it must leave alone, and values CSV must quote.
const nasty: { organisation: string; csv: string }[] = [
  { organisation: '=HYPERLINK("http://evil.example","x")', csv: `'=HYPERLINK("http://evil.example","x")` },
  { organisation: "@SUM(A1)", csv: "'@SUM(A1)" },
  { organisation: "+A1*2", csv: "'+A1*2" },
  { organisation: "-2+3", csv: "'-2+3" },
  { organisation: "\tTabbed", csv: "'\tTabbed" },
  { organisation: "\rReturn", csv: "'\rReturn" },
  { organisation: "+57 601 3443460", csv: "+57 601 3443460" },
  { organisation: "-3", csv: "-3" },
  { organisation: 'Núñez, "el Tigre"\nSegunda línea', csv: 'Núñez, "el Tigre"\nSegunda línea' },
];

describe.each(backends())("exports on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
    event = await eventBySlug(database.db, "digital-alliance-days-2023");
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("writes registrations as typed XLSX cells and Excel-ready CSV, cell for cell as in the database", async () => {
    const db = database.db;
    expect(event.timeZone).toBe("America/Bogota");
    for (const [i, value] of nasty.entries()) {
      await insertRegistration(db, event.id, {
        organisation: value.organisation,
        familyName: `Núñez${i}`,
        countryCode: "PE",
        phone: "+576012345678",
        position: i === 0 ? "@SUM(1+1)" : 'Analyst, "data"',
        stakeholderGroup: "civil_society",
        // 09:00 in Bogotá, plus i minutes.
        createdAt: new Date(Date.UTC(2023, 10, 27, 14, i)),
      });
    }
    await insertRegistration(db, event.id, { organisation: "Plain Org", countryCode: "MX" });
    const rows: Registration[] = await db.select().from(registrations).where(eq(registrations.countryCode, "PE")).orderBy(registrations.id);
    expect(rows).toHaveLength(nasty.length);

    const table = await registrationsTable(db, event, "es", { country: "PE", sort: "created", dir: "asc" });
    const header = [
      "id",
      "status",
      "status_label",
      "honorific",
      "given_name",
      "family_name",
      "email",
      "phone",
      "organisation",
      "position",
      "stakeholder_group",
      "stakeholder_group_label",
      "country",
      "country_name",
      "represents",
      "preferred_language",
      "locale",
      "registered_at (America/Bogota)",
      "attendance",
    ];

    const csv = readCsv(toCsv(table));
    expect(csv[0]).toEqual(header);
    expect(csv).toHaveLength(rows.length + 1);
    rows.forEach((r, i) => {
      expect(csv[i + 1]).toEqual([
        String(r.id),
        "confirmed",
        "Confirmada",
        r.honorific ?? "",
        r.givenName,
        r.familyName,
        r.email,
        "+576012345678",
        nasty[i]!.csv,
        i === 0 ? "'@SUM(1+1)" : 'Analyst, "data"',
        "civil_society",
        "Sociedad civil",
        "PE",
        "Perú",
        r.represents,
        r.preferredLanguage,
        r.locale,
        `2023-11-27 09:${String(i).padStart(2, "0")}`,
        "in_person",
      ]);
    });

    const sheet = await readXlsx(await toXlsx(table));
    expect(sheet[0]!.map((c) => c.value)).toEqual(header);
    expect(sheet).toHaveLength(rows.length + 1);
    rows.forEach((r, i) => {
      const cells = sheet[i + 1]!;
      expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
      const text = (value: string | null) =>
        value === null ? { type: ExcelJS.ValueType.Null, value: null } : { type: ExcelJS.ValueType.String, value };
      expect(cells.map(({ type, value }) => ({ type, value }))).toEqual([
        { type: ExcelJS.ValueType.Number, value: r.id },
        text("confirmed"),
        text("Confirmada"),
        text(r.honorific),
        text(r.givenName),
        text(r.familyName),
        text(r.email),
        // Text exactly as stored: no apostrophe, the phone number as written.
        // (XML turns a carriage return into a line feed, Excel's own line break inside a cell.)
        text("+576012345678"),
        text(r.organisation.replace(/\r\n?/g, "\n")),
        text(r.position),
        text("civil_society"),
        text("Sociedad civil"),
        text("PE"),
        text("Perú"),
        text(r.represents),
        text(r.preferredLanguage),
        text(r.locale),
        // The wall time in Bogotá as a real date: 09:0i, whatever the reader's zone.
        { type: ExcelJS.ValueType.Date, value: new Date(Date.UTC(2023, 10, 27, 9, i)) },
        text("in_person"),
      ]);
      expect(cells.at(-2)!.numFmt).toBe("yyyy-mm-dd hh:mm");
    });
  });

  it("writes session lists and attendance with local times, days as dates and labels in the organiser's language", async () => {
    const db = database.db;
    const organiser = await createActor(db, "checkin", "Diego Desk");
    const session = await createSession(db, event, 2, 9); // 09:00–10:00 in Bogotá
    const seated = await signUp(db, event, session.id, "confirmed", 1);
    const waiting = await signUp(db, event, session.id, "waitlisted", 2);
    await db.update(registrations).set({ countryCode: "BR" }).where(eq(registrations.id, waiting.id));

    const lists = await sessionListsTable(db, event, "fr", session.id);
    const csv = readCsv(toCsv(lists));
    expect(csv.slice(1)).toEqual([
      [
        "Test session",
        `${event.startDate} 09:00`,
        `${event.startDate} 10:00`,
        "Room T",
        "confirmed",
        expect.any(String),
        String(seated.id),
        seated.givenName,
        seated.familyName,
        seated.email,
        seated.organisation,
        "CO",
        "Colombie",
      ],
      [
        "Test session",
        `${event.startDate} 09:00`,
        `${event.startDate} 10:00`,
        "Room T",
        "waitlisted",
        expect.any(String),
        String(waiting.id),
        waiting.givenName,
        waiting.familyName,
        waiting.email,
        waiting.organisation,
        "BR",
        "Brésil",
      ],
    ]);
    expect(csv[1]![5]).not.toBe("confirmed"); // a French label, not the code
    const sheet = await readXlsx(await toXlsx(lists));
    expect(sheet[1]![1]).toMatchObject({ type: ExcelJS.ValueType.Date, value: new Date(`${event.startDate}T09:00:00Z`) });
    expect(sheet[1]![6]).toMatchObject({ type: ExcelJS.ValueType.Number, value: seated.id });

    await db.insert(checkIns).values({
      registrationId: seated.id,
      day: event.startDate,
      checkedInAt: new Date(`${event.startDate}T13:45:30Z`),
      checkedInById: organiser.id,
      deviceId: "door-2",
    });
    const attendance = await attendanceTable(db, event, "en");
    const [checkIn] = await db.select().from(checkIns).where(eq(checkIns.registrationId, seated.id));
    const row = [
      event.startDate,
      "",
      `${event.startDate} 08:45`,
      String(seated.id),
      seated.givenName,
      seated.familyName,
      seated.email,
      seated.organisation,
      organiser.email,
      "door-2",
      "false",
    ];
    expect(readCsv(toCsv(attendance)).slice(1)).toContainEqual(row);
    const cells = (await readXlsx(await toXlsx(attendance))).find((r) => r[3]!.value === checkIn!.registrationId)!;
    expect(cells[0]).toMatchObject({ type: ExcelJS.ValueType.Date, value: new Date(`${event.startDate}T00:00:00Z`), numFmt: "yyyy-mm-dd" });
    expect(cells[1]).toMatchObject({ type: ExcelJS.ValueType.Null });
    expect(cells[2]).toMatchObject({ type: ExcelJS.ValueType.Date, value: new Date(`${event.startDate}T08:45:30Z`) });
  });
});
