import { NextResponse } from "next/server";
import { parseLocale } from "@/lib/i18n/locale";
import en from "@/lib/i18n/messages/en/common.json";
import es from "@/lib/i18n/messages/es/common.json";
import fr from "@/lib/i18n/messages/fr/common.json";
import pt from "@/lib/i18n/messages/pt/common.json";
import type { AppLocale } from "@/lib/i18n/routing";

/**
 * While the database is unreachable (a restart, a fail-over), pages rendered per request and
 * form posts answer at once "503, try again in a few seconds" in the page's language, instead
 * of each waiting for its own connection error and ending on a 500. The mark is set by whoever
 * meets the outage (instrumentation.ts for any request, the action guard for forms) and lapses
 * by itself after a few seconds, so the first request after it tries the database again: the
 * app recovers without anyone restarting it. Per process; cached public pages keep being served.
 */
const OUTAGE_MARK_MS = 2000;
/** `/{locale}/unavailable`: where a plain form post goes when the database failed under it. */
export const UNAVAILABLE_PAGE = /^\/[a-z]{2}\/unavailable\/?$/;
const RETRY_AFTER_SECONDS = 3;
const texts: Record<AppLocale, typeof en.unavailable> = { en: en.unavailable, es: es.unavailable, pt: pt.unavailable, fr: fr.unavailable };

const state = globalThis as typeof globalThis & { __dialogosDatabaseOutageUntil?: number };

export function markDatabaseUnavailable(now = Date.now()): void {
  state.__dialogosDatabaseOutageUntil = now + OUTAGE_MARK_MS;
}

function databaseMarkedUnavailable(now = Date.now()): boolean {
  return (state.__dialogosDatabaseOutageUntil ?? 0) > now;
}

/** The 503 page for `pathname`, or undefined when the database is not marked unavailable. */
export function databaseUnavailableResponse(pathname: string): NextResponse | undefined {
  if (!databaseMarkedUnavailable()) return undefined;
  return unavailablePage(pathname);
}

export function unavailablePage(pathname: string): NextResponse {
  const lang = parseLocale(/^\/([a-z]{2})(\/|$)/.exec(pathname)?.[1]);
  const t = texts[lang];
  const retry = UNAVAILABLE_PAGE.test(pathname) ? `/${lang}` : pathname;
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title></head><body><main><h1>${t.title}</h1><p>${t.body}</p><p><a href="${escapeAttribute(retry)}">${t.retry}</a></p></main></body></html>`;
  return new NextResponse(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  });
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
