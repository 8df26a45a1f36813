import "server-only";
import { getTranslations } from "next-intl/server";
import type { Database } from "@/db/client";
import type { SessionUser } from "@/lib/auth/guard";
import { countryName, intlLocale } from "@/lib/i18n/localize";
import { visaRequestOfRegistration } from "./requests";

/**
 * A registration's visa request as its dashboard page shows it, for administrators; null for any
 * other role (nothing is read) and when there is no request.
 */
export async function visaFactsForPage(
  db: Database,
  user: SessionUser,
  event: { id: number; timeZone: string },
  registrationId: number,
  locale: string,
) {
  if (user.role !== "admin") return null;
  const request = await visaRequestOfRegistration(db, user, event.id, registrationId);
  if (!request) return null;
  const t = await getTranslations({ locale, namespace: "visa" });
  const day = (value: string) =>
    new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${value}T12:00:00Z`));
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone });
  const facts: [string, string][] = [
    [t("detail.passportNumber"), request.passportNumber],
    [t("detail.nationality"), countryName(request.nationality, locale)],
    [t("detail.dateOfBirth"), day(request.dateOfBirth)],
    [t("detail.passportExpiry"), day(request.passportExpiry)],
    [t("detail.consentAt"), when.format(request.consentAt)],
    [t("detail.letter"), request.letterIssuedAt ? when.format(request.letterIssuedAt) : t("table.notIssued")],
  ];
  return { facts, title: t("detail.title"), listLabel: t("detail.open") };
}
