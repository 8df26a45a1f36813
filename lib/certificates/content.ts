import "server-only";
import { createTranslator } from "next-intl";
import type { Event, Registration } from "@/db/schema";
import type { Certificate } from "@/lib/documents/certificate";
import { parseLocale } from "@/lib/i18n/locale";
import { countryName, formatDateRange, intlLocale, localize } from "@/lib/i18n/localize";
import en from "@/lib/i18n/messages/en/certificates.json";
import es from "@/lib/i18n/messages/es/certificates.json";
import fr from "@/lib/i18n/messages/fr/certificates.json";
import pt from "@/lib/i18n/messages/pt/certificates.json";
import type { AppLocale } from "@/lib/i18n/routing";
import { registrantLanguage } from "@/lib/registration/language";
import { zonedDay } from "@/lib/time";
import type { Attendance } from "./attendance";

const catalogues = { en, es, pt, fr } as const;

/**
 * The certificates' texts in one language, outside any request (an email is written for its
 * recipient, a download for the delegate whose link it is, not for the page's language).
 */
export function certificateTranslator(locale: AppLocale) {
  return createTranslator({ locale, messages: { certificates: catalogues[locale] }, namespace: "certificates" });
}

/** The language a delegate's certificate is written in: their preferred one, when the app speaks it. */
export function certificateLocale(registration: Pick<Registration, "preferredLanguage" | "locale">): AppLocale {
  return parseLocale(registrantLanguage(registration));
}

type Delegate = Pick<Registration, "givenName" | "familyName" | "organisation" | "countryCode" | "preferredLanguage" | "locale">;
type Dialogue = Pick<Event, "slug" | "title" | "hosts" | "city" | "startDate" | "endDate" | "timeZone" | "contactEmail">;

/** The file name a certificate is saved as: plain ASCII, whatever the language. */
export function certificateFilename(locale: AppLocale, event: Pick<Event, "slug">): string {
  return `${certificateTranslator(locale)("pdf.filename")}-${event.slug}.pdf`;
}

/** Everything the certificate prints, in the delegate's language, with times in the dialogue's zone. */
export function certificateContent(delegate: Delegate, event: Dialogue, attendance: Attendance, issuedAt: Date): Certificate {
  const locale = certificateLocale(delegate);
  const t = certificateTranslator(locale);
  const dialogue = localize(event.title, locale);
  const day = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "full", timeZone: "UTC" });
  const time = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: event.timeZone,
    timeZoneName: "short",
  });
  const issuedOn = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${zonedDay(issuedAt, event.timeZone)}T12:00:00Z`),
  );
  const hosts = localize(event.hosts, locale);
  return {
    language: locale,
    title: `${t("pdf.title")} — ${dialogue}`,
    statement: t("pdf.statement", {
      name: `${delegate.givenName} ${delegate.familyName}`,
      organisation: delegate.organisation,
      country: countryName(delegate.countryCode, locale),
      dialogue,
      city: event.city,
      dates: formatDateRange(locale, event.startDate, event.endDate),
    }),
    daysHeading: t("pdf.days"),
    days: attendance.days.map((d) => day.format(new Date(`${d}T12:00:00Z`))),
    sessionsHeading: t("pdf.sessions"),
    noSessions: t("pdf.noSessions"),
    sessions: attendance.sessions.map((s) => ({ title: localize(s.title, locale), when: time.format(s.startsAt) })),
    issued: t("pdf.issued", { date: issuedOn, issuer: hosts || dialogue }),
    contact: event.contactEmail ? t("pdf.contact", { email: event.contactEmail }) : null,
  };
}
