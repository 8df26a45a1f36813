import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { type AppLocale, routing } from "./routing";

/**
 * The locale of a page or layout from its params, or a 404 for anything else (`/favicon.ico`
 * also reaches `[locale]`). Layouts and pages render in parallel, so each must check.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
