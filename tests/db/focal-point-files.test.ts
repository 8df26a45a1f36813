import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegations, registrations, uploads } from "@/db/schema";
import { toCsv, toXlsx } from "@/lib/dashboard/spreadsheet";
import { letterOf, storeLetter } from "@/lib/delegations/letter-upload";
import { importMembers, memberTemplate } from "@/lib/delegations/member-import";
import type { FocalDelegation } from "@/lib/delegations/members";
import { ticketPdf } from "@/lib/documents/ticket";
import type { TestDatabase } from "../support/databases";
import { CARTAGENA, eventId, seededBackends } from "../support/registration";

const pdf = await ticketPdf({
  language: "es",
  labels: { title: "Carta", sessions: "Sesiones", qrAlt: "QR", noSessions: "Ninguna" },
  dialogue: { title: "Diálogo", dates: "1–2 ene", place: "Lima" },
  delegate: { name: "Ana Gómez", organisation: "Cancillería" },
  sessions: [],
  checkInCode: "token",
});

const HEADER = "givenName,familyName,email,organisation,position,stakeholderGroup,countryCode,represents,preferredLanguage";
const row = (given: string, email: string) => `${given},Pérez,${email},Ministerio TIC,Advisor,government_lac_country,CO,Colombia,es`;
const csv = (...rows: string[]) => new File([[HEADER, ...rows].join("\n")], "members.csv");

describe.each(seededBackends())("focal point's files on $name", { timeout: 60_000 }, (backend) => {
  let database: TestDatabase;
  let n = 0;
  beforeAll(async () => {
    database = await backend.create();
  });
  afterAll(async () => database?.dispose());

  async function delegation(quota: number, deadline = new Date("2999-01-01T00:00:00Z")) {
    const [row] = await database.db
      .insert(delegations)
      .values({
        eventId: await eventId(database.db, CARTAGENA),
        name: `Files ${++n}`,
        quota,
        focalName: "Ana Gómez",
        focalEmail: `files${n}@example.org`,
        focalLanguage: "es",
        deadline,
      })
      .returning();
    const focal: FocalDelegation = { id: row!.id, quota, deadline: row!.deadline, eventSlug: CARTAGENA };
    return { row: row!, focal };
  }
  const membersOf = async (id: number) =>
    database.db.select({ email: registrations.email }).from(registrations).where(eq(registrations.delegationId, id));
  const placesUsed = async (id: number) =>
    (await database.db.select({ used: delegations.placesUsed }).from(delegations).where(eq(delegations.id, id)))[0]!.used;
  const uploadCount = async () => (await database.db.select({ count: sql<number>`count(*)::int` }).from(uploads))[0]!.count;

  it("imports every member of a good file, from the CSV or the XLSX template", async () => {
    const { focal } = await delegation(4);
    expect(
      await importMembers(database.db, focal, csv(row("Ana", `a${n}@example.org`), "", row("Luis", `b${n}@example.org`)), "es"),
    ).toEqual({ ok: true, count: 2 });
    const template = memberTemplate([], "es");
    template.rows = [
      ["", "Marta", "Ruiz", `c${n}@example.org`, "", "Cancillería", "Advisor", "government_lac_country", "CO", "Colombia", "es", ""],
    ];
    const xlsx = new File([new Uint8Array(await toXlsx(template))], "members.xlsx");
    expect(await importMembers(database.db, focal, xlsx, "es")).toEqual({ ok: true, count: 1 });
    expect(await placesUsed(focal.id)).toBe(3);
    // The CSV template reads back as well (its example row is a valid member).
    const example = new File([new Uint8Array(toCsv(memberTemplate([], "es")))], "template.csv");
    expect(await importMembers(database.db, focal, example, "es")).toEqual({ ok: true, count: 1 });
  });

  it("all or nothing: one bad row and nobody is registered; every bad row named by row and field", async () => {
    const { focal } = await delegation(5);
    const file = csv(
      row("Ana", `ok${n}@example.org`),
      row("Luis", "not-an-address"),
      row("", `blank${n}@example.org`),
      row("Eva", `ok${n}@example.org`),
    );
    const result = await importMembers(database.db, focal, file, "es");
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 3, field: "email", error: "email" },
        { row: 4, field: "givenName", error: "required" },
        { row: 5, field: "email", error: "alreadyRegistered" },
      ],
    });
    expect(await membersOf(focal.id)).toEqual([]);
    expect(await placesUsed(focal.id)).toBe(0);
  });

  it("refuses a file with more members than places left, and files that are not a members' list", async () => {
    const { focal } = await delegation(2);
    expect(await importMembers(database.db, focal, csv(row("Ana", `q1.${n}@example.org`)), "es")).toEqual({ ok: true, count: 1 });
    const two = csv(row("Luis", `q2.${n}@example.org`), row("Eva", `q3.${n}@example.org`));
    expect(await importMembers(database.db, focal, two, "es")).toEqual({
      ok: false,
      errors: [{ row: 1, field: "file", error: "overQuota" }],
    });
    const refusal = async (file: File) => ((await importMembers(database.db, focal, file, "es")) as { errors: unknown[] }).errors[0];
    expect(await refusal(new File([], "empty.csv"))).toEqual({ row: 1, field: "file", error: "empty" });
    expect(await refusal(new File(["name,email\nAna,a@example.org"], "x.csv"))).toEqual({ row: 1, field: "file", error: "missingColumns" });
    expect(await refusal(new File([new Uint8Array([0xff, 0xfe, 0, 0x41])], "x.csv"))).toEqual({
      row: 1,
      field: "file",
      error: "unreadable",
    });
    expect(await membersOf(focal.id)).toHaveLength(1);
  });

  it("refuses an import after the deadline", async () => {
    const { focal } = await delegation(2, new Date("2020-01-01T00:00:00Z"));
    expect(await importMembers(database.db, focal, csv(row("Ana", `late${n}@example.org`)), "es")).toEqual({
      ok: false,
      errors: [{ row: 1, field: "file", error: "deadlinePassed" }],
    });
    expect(await membersOf(focal.id)).toEqual([]);
  });

  it("stores a PDF letter (whatever its name: only bytes reach it), replaces it, and serves it back", async () => {
    const { row } = await delegation(1);
    const before = await uploadCount();
    expect(await storeLetter(database.db, row, pdf)).toEqual({ ok: true });
    expect(await storeLetter(database.db, row, pdf)).toEqual({ ok: true });
    expect(await uploadCount()).toBe(before + 1); // the second replaced the first
    const letter = await letterOf(database.db, row.id);
    expect(letter?.contentType).toBe("application/pdf");
    expect(Buffer.from(letter!.content).equals(pdf)).toBe(true);
    expect(letter?.downloadName).toMatch(/^nomination-letter-[0-9a-f]{12}\.pdf$/);
  });

  const zipTail = Buffer.from("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", "latin1");
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
  it.each([
    ["a renamed executable", () => readFileSync(process.execPath).subarray(0, 64 * 1024), "type"],
    ["an empty file", () => Buffer.alloc(0), "empty"],
    [
      "a file over 10 MB",
      () => Buffer.concat([pdf.subarray(0, pdf.length - 6), Buffer.alloc(10 * 1024 * 1024), Buffer.from("%%EOF\n")]),
      "tooLarge",
    ],
    ["a PDF that is also a ZIP archive", () => Buffer.concat([pdf, zipTail]), "type"],
    ["an image (letters are PDF only)", () => png, "type"],
  ])("refuses %s and stores nothing", async (_name, bytes, reason) => {
    const { row } = await delegation(1);
    const before = await uploadCount();
    expect(await storeLetter(database.db, row, bytes())).toEqual({ ok: false, reason });
    expect(await uploadCount()).toBe(before);
    expect(await letterOf(database.db, row.id)).toBeNull();
  });
});
