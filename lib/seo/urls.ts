import "server-only";
import type { Metadata } from "next";
import { config } from "@/lib/config";
import { routing } from "@/lib/i18n/routing";

/**
 * Absolute addresses of public pages. They come from APP_URL only, never from a request's Host or
 * X-Forwarded-Host: pages are cached and shared, so an address taken from whoever asked first
 * would be served to everybody after them.
 */
export function absoluteUrl(locale: string, path: string): string {
  return `${config().appUrl}/${locale}${path}`;
}

/** hreflang → address of the same page in every language, plus `x-default` (English). */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) languages[locale] = absoluteUrl(locale, path);
  languages["x-default"] = absoluteUrl(routing.defaultLocale, path);
  return languages;
}

/**
 * The `alternates` metadata of a public page: its absolute canonical address and its language
 * versions, rendered in the head as `<link rel="canonical">` and `<link rel="alternate" hreflang>`.
 * `path` follows the locale: "" for the home page, "/events/x" for an event.
 */
export function pageAlternates(locale: string, path: string): NonNullable<Metadata["alternates"]> {
  return { canonical: absoluteUrl(locale, path), languages: languageAlternates(path) };
}
