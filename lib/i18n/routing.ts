import { defineRouting } from "next-intl/routing";
import { locales } from "@/db/schema/localized";

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "always",
  // The locale is in every URL; no cookie is needed to remember it, which keeps pages cacheable.
  localeCookie: false,
  // No `Link` response header of language alternates: next-intl builds it from the request's Host
  // and X-Forwarded-Host, and cached pages would carry whatever host asked first. The alternates
  // are in each page's head instead, from APP_URL (lib/seo/urls.ts).
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];
