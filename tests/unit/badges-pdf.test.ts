import { utils } from "@noble/ed25519";
import { describe, expect, it } from "vitest";
import { checkInPublicKeyOf, createCheckInCode, verifyCheckInCode } from "@/lib/checkin/code";
import { type Badge, badgesPdf, groupColours } from "@/lib/documents/badges";
import groupNames from "@/lib/i18n/messages/fr/registrations.json";
import { readPdf } from "../support/pdf";

// Signed codes of five registrations: the longest text a badge's QR carries.
const secretKey = utils.randomSecretKey();
const publicKey = await checkInPublicKeyOf(secretKey);
const codes = await Promise.all(
  [0, 1, 2, 3, 4].map((i) =>
    createCheckInCode({ eventId: 2 ** 31 - 1, registrationId: 2 ** 31 - 1 - i, issuedAt: 1_700_000_000 }, secretKey),
  ),
);

const people: Badge[] = (
  [
    { name: "Aurélie Ç. Fontaine", organisation: "Commission européenne", country: "Belgique", group: "government_eu_institution" },
    { name: "João Gonçalves", organisation: "Anatel", country: "Brasil", group: "government_lac_country" },
    { name: "María José Peña Núñez", organisation: "MinTIC", country: "Colombia", group: "government_lac_country" },
    { name: "Zofia Łęcka", organisation: "Uniwersytet Warszawski", country: "Polska", group: "academia_research" },
    { name: "Kwame Mensah", organisation: "Daily Wire", country: "Ghana", group: "media" },
  ] as const
).map((person, i) => ({
  ...person,
  // The real names, the longest of which wrap to two lines on the band.
  groupLabel: groupNames.groups[person.group],
  role: i === 2 ? "Jefa de delegación" : "",
  checkInCode: codes[i]!,
}));

const sheet = {
  title: "Acreditaciones",
  language: "es",
  dialogueTitle: "Diálogo UE-ALC sobre ciberseguridad",
  qrAlt: "Código QR",
  photoAlt: "Foto",
};

describe("badges PDF", { timeout: 30_000 }, () => {
  it("one A6 badge per page: every name, organisation, role and group name printed, each QR decodes to its delegate's signed code", async () => {
    const pdf = await readPdf(await badgesPdf({ ...sheet, layout: "a6", badges: people }));
    expect(pdf.pages).toBe(5);
    for (const person of people) {
      expect(pdf.text).toContain(person.name);
      expect(pdf.text).toContain(person.organisation);
      expect(pdf.text).toContain(person.groupLabel);
    }
    expect(pdf.text).toContain("JEFA DE DELEGACIÓN");
    expect(pdf.qrCodes).toEqual(people.map((p) => p.checkInCode));
    for (const [i, code] of pdf.qrCodes.entries()) {
      expect(await verifyCheckInCode(code, publicKey)).toEqual({ eventId: 2 ** 31 - 1, registrationId: 2 ** 31 - 1 - i });
    }
    expect(pdf).toMatchObject({ title: "Acreditaciones", language: "es", tagged: true });
  });

  it("four badges per A4 sheet", async () => {
    const pdf = await readPdf(await badgesPdf({ ...sheet, layout: "a4", badges: people }), { grid: 2 });
    expect(pdf.pages).toBe(2);
    expect(pdf.qrCodes).toEqual(people.map((p) => p.checkInCode));
  });

  it("group colours keep white text readable (contrast 4.5:1 or more)", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const colour of Object.values(groupColours)) expect(1.05 / (luminance(colour) + 0.05) >= 4.5, colour).toBe(true);
  });
});
