import "server-only";
import { getTranslations } from "next-intl/server";
import type { Executor } from "@/db/client";
import type { Event, MailingAudience } from "@/db/schema";
import { registrationStatus, stakeholderGroup } from "@/db/schema/enums";
import { filterChoices } from "@/lib/dashboard/registrations";
import { intlLocale, localize } from "@/lib/i18n/localize";

/**
 * The audience filters in the organiser's words: the choices the compose form offers, and a one-line
 * summary of a stored audience for the list of mailings.
 */
export async function audienceLabels(db: Executor, event: Event, locale: string) {
  const [t, tr, choices] = await Promise.all([
    getTranslations({ locale, namespace: "mailings" }),
    getTranslations({ locale, namespace: "registrations" }),
    filterChoices(db, event.id),
  ]);
  const countryNames = new Intl.DisplayNames([intlLocale(locale)], { type: "region" });
  const dateFormat = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: event.timeZone });
  const filters = [
    {
      name: "status",
      label: t("audience.status"),
      options: registrationStatus.enumValues.map((s) => ({ value: s, label: tr(`status.${s}`) })),
    },
    {
      name: "group",
      label: t("audience.group"),
      options: stakeholderGroup.enumValues.map((g) => ({ value: g, label: tr(`groups.${g}`) })),
    },
    {
      name: "country",
      label: t("audience.country"),
      options: choices.countries.map((c) => ({ value: c, label: countryNames.of(c) ?? c })),
    },
    {
      name: "region",
      label: t("audience.region"),
      options: (["eu", "lac", "other"] as const).map((r) => ({ value: r, label: t(`audience.regions.${r}`) })),
    },
    {
      name: "session",
      label: t("audience.session"),
      options: choices.sessions.map((s) => ({
        value: String(s.id),
        label: `${dateFormat.format(s.startsAt)} · ${localize(s.title, locale)}`,
      })),
    },
    {
      name: "checkedIn",
      label: t("audience.checkedIn"),
      options: (["yes", "no"] as const).map((c) => ({ value: c, label: t(`audience.${c}`) })),
    },
  ];
  const describe = (audience: MailingAudience): string => {
    const parts = filters.flatMap((filter) => {
      const value = audience[filter.name as keyof MailingAudience];
      if (value === undefined) return [];
      const option = filter.options.find((o) => o.value === String(value));
      return [`${filter.label}: ${option?.label ?? String(value)}`];
    });
    return parts.length > 0 ? parts.join(" · ") : t("list.everyone");
  };
  return { filters, describe };
}
