import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isAppLocale } from "./locale";
import type { AppLocale } from "./routing";

/**
 * The locale of a page or layout from its params, or a 404 for anything else (`/favicon.ico`
 * also reaches `[locale]`). Layouts and pages render in parallel, so each must check.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
