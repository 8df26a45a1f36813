import "server-only";
import type { Metadata } from "next";
import { connection } from "next/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { AppLocale } from "@/lib/i18n/routing";

/**
 * Pages opened by a single-use emailed link (account setup, invitation, password reset).
 * "same-origin", not "no-referrer": the secret link still never leaves this site, and a form posted
 * without JavaScript keeps its Origin header (under no-referrer Chromium sends "null", which Next's
 * server-action origin check refuses).
 */
export const secretLinkMetadata: Metadata = { robots: { index: false }, referrer: "same-origin" };

/** The page's language and the link's token; the page is never cached, as the link is single-use. */
export async function secretLinkParams(params: Promise<{ locale: string; token: string }>): Promise<{ locale: AppLocale; token: string }> {
  await connection();
  const locale = await pageLocale(params);
  const { token } = await params;
  return { locale, token };
}
