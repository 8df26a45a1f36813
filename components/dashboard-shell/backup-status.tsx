import { getTranslations } from "next-intl/server";
import { lastBackup } from "@/lib/backup/status";
import { config } from "@/lib/config";
import { intlLocale } from "@/lib/i18n/localize";

/** For administrators on the dashboard: when the last backup was taken and how big it is. */
export async function BackupStatus({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "dashboard.backup" });
  const last = lastBackup();
  const { intervalHours, keep } = config().backup;
  const lang = intlLocale(locale);
  const size = (bytes: number) =>
    bytes >= 1024 ** 2
      ? new Intl.NumberFormat(lang, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 }).format(bytes / 1024 ** 2)
      : new Intl.NumberFormat(lang, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024));
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t("heading")}</h2>
      <p data-testid="backup-status">
        {last
          ? t("last", {
              when: new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(last.createdAt),
              size: size(last.bytes),
            })
          : t("none")}
      </p>
      <p>{intervalHours > 0 ? t("schedule", { hours: intervalHours, keep }) : t("manual")}</p>
    </section>
  );
}
