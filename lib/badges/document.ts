import "server-only";
// use-intl/core (the translator under next-intl) so that the benchmark can run this outside Next too.
import { createTranslator } from "use-intl/core";
import type { Executor } from "@/db/client";
import type { Event } from "@/db/schema";
import type { Locale } from "@/db/schema/localized";
import { signCheckInCode } from "@/lib/checkin/signing";
import { type Badge, badgesPdf } from "@/lib/documents/badges";
import { intlLocale, localize } from "@/lib/i18n/localize";
import badgesEn from "@/lib/i18n/messages/en/badges.json";
import registrationsEn from "@/lib/i18n/messages/en/registrations.json";
import badgesEs from "@/lib/i18n/messages/es/badges.json";
import registrationsEs from "@/lib/i18n/messages/es/registrations.json";
import badgesFr from "@/lib/i18n/messages/fr/badges.json";
import registrationsFr from "@/lib/i18n/messages/fr/registrations.json";
import badgesPt from "@/lib/i18n/messages/pt/badges.json";
import registrationsPt from "@/lib/i18n/messages/pt/registrations.json";
import type { BadgeQuery } from "./badge-schema";
import { type BadgeRow, badgeRows } from "./queries";

const catalogues = {
  en: { badges: badgesEn, registrations: registrationsEn },
  es: { badges: badgesEs, registrations: registrationsEs },
  pt: { badges: badgesPt, registrations: registrationsPt },
  fr: { badges: badgesFr, registrations: registrationsFr },
} as const;

/**
 * The labels of one batch, all in one language: the organiser's choice on the badges page (by
 * default the dashboard's language). Not each delegate's own: a badge is read by the venue's
 * staff and by the other delegates, and a sheet whose roles and groups change language from one
 * badge to the next reads as a mistake. Names and organisations print as typed.
 */
function badgeWords(language: Locale) {
  const t = createTranslator({ locale: language, messages: catalogues[language] });
  const regions = new Intl.DisplayNames([intlLocale(language)], { type: "region", fallback: "code" });
  return {
    t,
    country: (code: string) => regions.of(code) ?? code,
    /** Head of delegation (from the delegation) and the organisers' role, both when both hold. */
    role: (row: Pick<BadgeRow, "headOfDelegation" | "badgeRole">) =>
      [row.headOfDelegation ? t("badges.roles.headOfDelegation") : null, row.badgeRole ? t(`badges.roles.${row.badgeRole}`) : null]
        .filter(Boolean)
        .join(" · "),
  };
}

/**
 * The badges of a batch as one PDF (what the download route sends), or null when nobody matches.
 * The QR code is a signed check-in code issued as the batch is drawn (lib/checkin/signing.ts): the
 * desk and offline devices verify it (lib/dashboard/checkin.ts), like the email's and the ticket's.
 */
export async function badgeDocument(db: Executor, event: Event, query: BadgeQuery): Promise<{ pdf: Buffer; count: number } | null> {
  const rows = await badgeRows(db, event.id, query);
  if (rows.length === 0) return null;
  const words = badgeWords(query.language);
  const dialogueTitle = localize(event.title, query.language);
  const badges: Badge[] = [];
  for (const row of rows) {
    badges.push({
      name: `${row.givenName} ${row.familyName}`,
      organisation: row.organisation,
      country: words.country(row.countryCode),
      group: row.stakeholderGroup,
      groupLabel: words.t(`registrations.groups.${row.stakeholderGroup}`),
      role: words.role(row),
      checkInCode: await signCheckInCode(event.id, row.id),
      ...(row.photo ? { photo: row.photo } : {}),
    });
  }
  const pdf = await badgesPdf({
    title: words.t("badges.pdf.title", { dialogue: dialogueTitle }),
    language: query.language,
    dialogueTitle,
    qrAlt: words.t("badges.pdf.qrAlt"),
    photoAlt: words.t("badges.pdf.photoAlt"),
    layout: query.layout,
    badges,
  });
  return { pdf, count: rows.length };
}
