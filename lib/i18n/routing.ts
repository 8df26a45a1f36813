import { defineRouting } from "next-intl/routing";
import { locales } from "@/db/schema/localized";

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "always",
  // The locale is in every URL; no cookie is needed to remember it, which keeps pages cacheable.
  localeCookie: false,
});

export type AppLocale = (typeof routing.locales)[number];
