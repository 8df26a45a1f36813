import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { visaLetterPdf } from "@/lib/documents/visa-letter";
import { readPdf } from "../support/pdf";

const letter = {
  language: "fr",
  title: "Lettre d’invitation pour le visa — José Núñez",
  issuingBody: "Ministère des Technologies de l’information et des communications de Colombie",
  logo: null,
  placeAndDate: "Cartagena, le 1 octobre 2023",
  subject: "Lettre d’invitation : Journées de l’Alliance numérique UE-ALC",
  salutation: "Aux autorités consulaires compétentes,",
  paragraphs: [
    "Le ministère a l’honneur d’inviter José Núñez, de nationalité colombienne, à participer aux Journées, du 27 au 29 novembre 2023.",
    "Renseignements sur le délégué :",
  ],
  particulars: [
    { label: "Nom complet", value: "José Núñez" },
    { label: "Numéro de passeport", value: "PA1234567" },
    { label: "Date de naissance", value: "12 avril 1985" },
  ],
  closing: "Nous vous prions d’agréer l’assurance de notre très haute considération.",
  signatory: { name: "Lucía Peña Çelik", title: "Vice-ministre" },
};

describe("visa letter PDF", { timeout: 30_000 }, () => {
  it("prints the delegate's accented name, passport number and signatory, with its title, language and structure, on one page", async () => {
    const pdf = await readPdf(await visaLetterPdf(letter));
    expect(pdf).toMatchObject({ pages: 1, language: "fr", tagged: true, title: letter.title });
    for (const expected of ["José Núñez", "PA1234567", "Lucía Peña Çelik", "Vice-ministre", letter.subject, letter.closing]) {
      expect(pdf.text).toContain(expected);
    }
  });

  it("draws the letterhead's logo as a figure with its text alternative", async () => {
    const png = await sharp({ create: { width: 300, height: 100, channels: 3, background: "#0a4d8c" } })
      .png()
      .toBuffer();
    const bytes = await visaLetterPdf({ ...letter, logo: { base64: png.toString("base64"), alt: "Logo du ministère", aspect: 3 } });
    const raw = bytes.toString("latin1");
    expect(raw).toContain("/Subtype /Image");
    expect(raw).toContain("/S /Figure");
    expect((await readPdf(bytes)).pages).toBe(1);
  });
});
