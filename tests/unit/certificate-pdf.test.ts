import { describe, expect, it } from "vitest";
import { certificateContent } from "@/lib/certificates/content";
import { certificatePdf } from "@/lib/documents/certificate";
import { readPdf } from "../support/pdf";

const dialogue = {
  slug: "lisboa-2024",
  title: { en: "Digital dialogue", pt: "Diálogo digital União Europeia–América Latina" },
  hosts: { en: "EU–LAC Digital Alliance", pt: "Aliança Digital UE-ALC" },
  city: "Lisboa",
  startDate: "2024-06-10",
  endDate: "2024-06-11",
  timeZone: "Europe/Lisbon",
  contactEmail: "dialogos@example.org",
};
const delegate = {
  givenName: "Inês",
  familyName: "Conceição",
  organisation: "Ministério das Comunicações",
  countryCode: "BR",
  preferredLanguage: "pt",
  locale: "en",
};
const attendance = {
  days: ["2024-06-10", "2024-06-11"],
  sessions: [
    { title: { en: "Opening", pt: "Abertura e diálogo político" }, startsAt: new Date("2024-06-10T08:00:00Z") },
    { title: { en: "Data flows", pt: "Fluxos de dados e proteção" }, startsAt: new Date("2024-06-11T13:30:00Z") },
  ],
};

describe("certificate of attendance PDF", { timeout: 30_000 }, () => {
  it("prints the accented name, the days and the sessions in the delegate's language, on one tagged page with title and language", async () => {
    const content = certificateContent(delegate, dialogue, attendance, new Date("2024-06-20T10:00:00Z"));
    const pdf = await readPdf(await certificatePdf(content));
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain("Certifica-se que Inês Conceição (Ministério das Comunicações, Brasil) participou em Diálogo digital");
    expect(pdf.text).toContain("em Lisboa, 10");
    // Days in full, sessions with their local time (Lisbon summer time: 09:00 and 14:30).
    expect(pdf.text).toContain("segunda-feira, 10 de junho de 2024");
    expect(pdf.text).toContain("terça-feira, 11 de junho de 2024");
    expect(pdf.text).toContain("Abertura e diálogo político");
    expect(pdf.text).toContain("Fluxos de dados e proteção");
    expect(pdf.text).toMatch(/09:00.*Abertura/);
    expect(pdf.text).toMatch(/14:30.*Fluxos/);
    expect(pdf.text).toContain("Emitido em 20 de junho de 2024 por Aliança Digital UE-ALC.");
    expect(pdf.text).toContain("dialogos@example.org");
    expect(pdf.title).toBe("Certificado de participação — Diálogo digital União Europeia–América Latina");
    expect(pdf.language).toBe("pt");
    expect(pdf.tagged).toBe(true);
  });

  it("writes each of the four languages, and says so when no session was recorded", async () => {
    const expectations = { en: "This is to certify that", es: "Se certifica que", fr: "Nous certifions que", pt: "Certifica-se que" };
    for (const [language, statement] of Object.entries(expectations)) {
      const content = certificateContent(
        { ...delegate, preferredLanguage: language },
        dialogue,
        { ...attendance, sessions: [] },
        new Date(),
      );
      const pdf = await readPdf(await certificatePdf(content));
      expect(pdf.language).toBe(language);
      expect(pdf.text).toContain(statement);
      expect(pdf.text).toContain(content.noSessions);
      expect(pdf.pages).toBe(1);
    }
  });
});
