import { hasLocale } from "next-intl";
import { type AppLocale, routing } from "./routing";

/** Whether a value (form field, path segment, query) names one of the interface's locales. */
export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && hasLocale(routing.locales, value);
}

/**
 * The one way to turn untrusted text into a locale: the value when it is one of ours, else the
 * fallback (the default locale unless the caller knows better, e.g. the registration's own).
 */
export function parseLocale(value: unknown, fallback: AppLocale = routing.defaultLocale): AppLocale {
  return isAppLocale(value) ? value : fallback;
}
