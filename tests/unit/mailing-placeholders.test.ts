import { describe, expect, it } from "vitest";
import { composeMailingSchema, sendMailingSchema } from "@/lib/mailings/compose-schema";
import { fillPlaceholders, placeholdersIn, unknownPlaceholders, usesPlaceholder } from "@/lib/mailings/placeholders";

const values = { name: "Ana Núñez", manageLink: "https://dialogos.example/es/manage/abc", sessions: "• Opening — 09:00" };

describe("mailing placeholders", () => {
  it("fills every known placeholder, as often as it appears", () => {
    expect(fillPlaceholders("Dear {name},\n{sessions}\n{manageLink}\nBye {name}", values)).toBe(
      "Dear Ana Núñez,\n• Opening — 09:00\nhttps://dialogos.example/es/manage/abc\nBye Ana Núñez",
    );
  });

  it("leaves text without braces and unknown names as they are", () => {
    expect(fillPlaceholders("No placeholders here.", values)).toBe("No placeholders here.");
    expect(fillPlaceholders("{nmae}", values)).toBe("{nmae}");
  });

  it("does not fill a value's own braces a second time", () => {
    expect(fillPlaceholders("{name}", { ...values, name: "{sessions}" })).toBe("{sessions}");
  });

  it("lists placeholders in order without repeats, and the unknown ones", () => {
    expect(placeholdersIn("{name} {sessions} {name} {}")).toEqual(["name", "sessions", ""]);
    expect(unknownPlaceholders("Hi {name}, {Name} {manage_link} {}")).toEqual(["Name", "manage_link", ""]);
    expect(unknownPlaceholders("{name} {manageLink} {sessions}")).toEqual([]);
    expect(unknownPlaceholders("{sessions}", ["name"])).toEqual(["sessions"]);
    expect(usesPlaceholder("see {manageLink}", "manageLink")).toBe(true);
    expect(usesPlaceholder("see {name}", "manageLink")).toBe(false);
  });
});

const valid = { key: "k".repeat(24), subjectEn: "Hello {name}", bodyEn: "Dear {name},\n\n{sessions}\n\n{manageLink}", status: "confirmed" };

/** The compose form's bad inputs: each is a field error the form shows. */
const badInputs: [string, Record<string, unknown>, string, string][] = [
  ["empty English subject", { subjectEn: "" }, "subjectEn", "required"],
  ["blank English body", { bodyEn: "  \n " }, "bodyEn", "required"],
  ["unknown placeholder in the body", { bodyEn: "Dear {nmae}" }, "bodyEn", "unknownPlaceholder"],
  ["session list in a subject", { subjectEn: "Your {sessions}" }, "subjectEn", "unknownPlaceholder"],
  ["unknown placeholder in a translation", { subjectEs: "Hola", bodyEs: "Hola {nombre}" }, "bodyEs", "unknownPlaceholder"],
  ["a translated subject without a body", { subjectPt: "Olá" }, "bodyPt", "bothOrNeither"],
  ["a translated body without a subject", { bodyFr: "Bonjour" }, "subjectFr", "bothOrNeither"],
  ["subject too long", { subjectEn: "x".repeat(201) }, "subjectEn", "tooLong"],
  ["control character in a subject", { subjectEn: "Hi\u0007" }, "subjectEn", "controlCharacters"],
  ["unknown status", { status: "vip" }, "status", "audience"],
  ["unknown region", { region: "asia" }, "region", "audience"],
  ["malformed country", { country: "Colombia" }, "country", "audience"],
  ["malformed session", { session: "first" }, "session", "audience"],
  ["malformed attendance", { checkedIn: "maybe" }, "checkedIn", "audience"],
  ["missing form key", { key: undefined }, "key", "expired"],
];

describe("compose mailing schema", () => {
  it("accepts a mailing in English with an audience, and reads empty filters as none", () => {
    expect(composeMailingSchema.parse({ ...valid, group: "", country: "co", session: "12", checkedIn: "no" })).toMatchObject({
      status: "confirmed",
      group: undefined,
      country: "CO",
      session: 12,
      checkedIn: "no",
    });
  });

  it.each(badInputs)("refuses %s", (_name, change, field, error) => {
    const result = composeMailingSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toBe(error);
  });

  it("reads the send confirmation", () => {
    expect(sendMailingSchema.parse({ id: "3", confirmCount: " 12 ", confirmRepeat: "on" })).toEqual({
      id: 3,
      confirmCount: 12,
      confirmRepeat: true,
    });
    expect(sendMailingSchema.safeParse({ id: "3", confirmCount: "" }).success).toBe(false);
    expect(sendMailingSchema.safeParse({ id: "3", confirmCount: "twelve" }).success).toBe(false);
  });
});
