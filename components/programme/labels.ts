import "server-only";
import { getTranslations } from "next-intl/server";
import type { StreamLabels } from "./stream-status";

/** Translated strings for the stream island, passed as props (no i18n library in the browser). */
export async function streamLabels(locale: string): Promise<StreamLabels> {
  const t = await getTranslations({ locale, namespace: "programme" });
  return {
    upcoming: t("stream.upcoming"),
    live: t("stream.live"),
    ended: t("stream.ended"),
    watch: t("stream.watch"),
    link: t("stream.link"),
  };
}
