import "server-only";
import { and, eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import sharp from "sharp";
import type { Executor } from "@/db/client";
import { type Event, registrations } from "@/db/schema";
import { now } from "@/lib/clock";
import type { VisaLetter } from "@/lib/documents/visa-letter";
import { emailLocale } from "@/lib/email/templates/render";
import { countryName, intlLocale, localize } from "@/lib/i18n/localize";
import visaEn from "@/lib/i18n/messages/en/visa.json";
import visaEs from "@/lib/i18n/messages/es/visa.json";
import visaFr from "@/lib/i18n/messages/fr/visa.json";
import visaPt from "@/lib/i18n/messages/pt/visa.json";
import { registrantLanguage } from "@/lib/registration/language";
import { zonedDay } from "@/lib/time";
import { letterheadLogo, letterheadOf } from "./letterhead";
import { assertAdministrator, type VisaReader, visaRequestOfRegistration } from "./requests";

const catalogues = { en: visaEn, es: visaEs, pt: visaPt, fr: visaFr } as const;

/** The `visa` messages in one language, outside any request (letters and their emails). */
export function visaTranslator(language: string) {
  const locale = emailLocale(language);
  return { locale, t: createTranslator({ locale, messages: { visa: catalogues[locale] }, namespace: "visa" }) };
}

export type ComposedLetter =
  | { ok: true; letter: VisaLetter; filename: string; registration: { id: number; email: string; name: string; language: string } }
  | { ok: false; reason: "notFound" | "noLetterhead" };

/** A YYYY-MM-DD day written out in the reader's language ("27 November 2023"). */
function longDay(locale: string, day: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
}

/**
 * Writes one delegate's letter in their preferred language from the dialogue (dates, venue), the
 * request's passport particulars and the dialogue's letterhead. Administrators only.
 */
export async function composeVisaLetter(db: Executor, user: VisaReader, event: Event, registrationId: number): Promise<ComposedLetter> {
  assertAdministrator(user);
  const request = await visaRequestOfRegistration(db, user, event.id, registrationId);
  if (!request) return { ok: false, reason: "notFound" };
  const letterhead = await letterheadOf(db, event.id);
  if (!letterhead) return { ok: false, reason: "noLetterhead" };
  const [registration] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, event.id)));
  if (!registration) return { ok: false, reason: "notFound" };
  const { locale, t } = visaTranslator(registrantLanguage(registration));
  const name = `${registration.givenName} ${registration.familyName}`;
  const nationality = countryName(request.nationality, locale);
  const body = letterhead.issuingBody;
  const eventTitle = localize(event.title, locale);
  const stored = await letterheadLogo(db, letterhead.logoUploadId);
  // PGlite hands bytea back as a plain Uint8Array.
  const logo = stored ? Buffer.from(stored.content) : null;
  const shape = logo ? await sharp(logo).metadata() : null;
  const letter: VisaLetter = {
    language: locale,
    title: t("letter.title", { name }),
    issuingBody: body,
    logo:
      logo && shape?.width && shape.height
        ? { base64: logo.toString("base64"), alt: t("letter.logoAlt", { body }), aspect: shape.width / shape.height }
        : null,
    placeAndDate: t("letter.placeAndDate", { city: event.city, date: longDay(locale, zonedDay(now(), event.timeZone)) }),
    subject: t("letter.subject", { event: eventTitle }),
    salutation: t("letter.salutation"),
    paragraphs: [
      t("letter.invitation", {
        body,
        name,
        nationality,
        event: eventTitle,
        venue: localize(event.venue, locale),
        city: event.city,
        country: countryName(event.countryCode, locale),
        start: longDay(locale, event.startDate),
        end: longDay(locale, event.endDate),
      }),
      t("letter.purpose", { name, organisation: registration.organisation, body }),
      t("letter.particularsIntro"),
    ],
    particulars: [
      { label: t("letter.fullName"), value: name },
      { label: t("letter.passportNumber"), value: request.passportNumber },
      { label: t("letter.nationality"), value: nationality },
      { label: t("letter.dateOfBirth"), value: longDay(locale, request.dateOfBirth) },
      { label: t("letter.passportExpiry"), value: longDay(locale, request.passportExpiry) },
    ],
    closing: t("letter.closing"),
    signatory: { name: letterhead.signatoryName, title: letterhead.signatoryTitle },
  };
  return {
    ok: true,
    letter,
    filename: `${t("letter.filename")}-${event.slug}-${registration.id}.pdf`,
    registration: { id: registration.id, email: registration.email, name, language: locale },
  };
}
