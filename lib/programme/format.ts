/**
 * Formatting of session times for people, in a given IANA zone. Pure and free of server code: the
 * server renders with it in the event's zone and the browser island re-renders with it in the
 * viewer's zone, so both always agree on the format.
 */

/** BCP 47 tag for formatting (kept in step with lib/i18n/localize.ts `intlLocale`). */
export function formattingLocale(locale: string): string {
  return ({ en: "en-GB", pt: "pt-BR" } as Record<string, string>)[locale] ?? locale;
}

/** "UTC−05:00" style offset of a zone at an instant (so DST is always the one in force then). */
export function utcOffsetLabel(instant: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = (part ?? "GMT").replace(/^GMT/, "");
  return offset === "" || offset === "+00:00" ? "UTC" : `UTC${offset.replace("-", "\u2212")}`;
}

/** A zone's name in the reader's language with its offset: "Colombia Standard Time (UTC−05:00)". */
export function zoneLabel(instant: Date, timeZone: string, locale: string): string {
  const name = new Intl.DateTimeFormat(formattingLocale(locale), { timeZone, timeZoneName: "long" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = utcOffsetLabel(instant, timeZone);
  return name && !name.startsWith("GMT") ? `${name} (${offset})` : `${timeZone} (${offset})`;
}

/** "09:00–10:30" in the zone; with `withDate`, "Mon 27 Nov, 09:00–10:30". */
export function formatTimeRange(start: Date, end: Date, timeZone: string, locale: string, options: { withDate?: boolean } = {}): string {
  const tag = formattingLocale(locale);
  const time = new Intl.DateTimeFormat(tag, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const range = `${time.format(start)}\u2013${time.format(end)}`;
  if (!options.withDate) return range;
  const date = new Intl.DateTimeFormat(tag, { timeZone, weekday: "short", day: "numeric", month: "short" });
  return `${date.format(start)}, ${range}`;
}

/** A day (YYYY-MM-DD, already local to the event) as "Monday 27 November 2023". */
export function formatDay(day: string, locale: string, style: "long" | "short" = "long"): string {
  const options: Intl.DateTimeFormatOptions =
    style === "long"
      ? { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }
      : { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" };
  return new Intl.DateTimeFormat(formattingLocale(locale), options).format(new Date(`${day}T12:00:00Z`));
}
