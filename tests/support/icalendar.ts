import ICAL from "ical.js";

export type ParsedEntry = {
  uid: string;
  summary: string;
  sequence: number;
  start: Date;
  end: Date;
  allDay: boolean;
  url: string | null;
  description: string;
  organizer: string;
};

/**
 * Checks an iCalendar file against the rules calendar apps and libical's checker rely on, parsing
 * it with ical.js (a parser we did not write). Returns what is wrong (empty when nothing) and its
 * events, so both vitest and Playwright can assert on it.
 */
export function checkCalendar(ics: string): { problems: string[]; entries: ParsedEntry[] } {
  const problems: string[] = [];
  if (!ics.endsWith("\r\n")) problems.push("does not end in CRLF");
  if (/[^\r]\n/.test(ics)) problems.push("has a line ending in a bare LF");
  for (const line of ics.split("\r\n")) {
    const octets = Buffer.byteLength(line, "utf8");
    if (octets > 75) problems.push(`line of ${octets} octets: ${line.slice(0, 40)}…`);
    if (line.includes("\uFFFD")) problems.push(`broken UTF-8 character: ${line}`);
  }
  const calendar = new ICAL.Component(ICAL.parse(ics));
  if (calendar.getFirstPropertyValue("method") !== "PUBLISH") problems.push("no METHOD:PUBLISH");
  if (!calendar.getFirstPropertyValue("prodid")) problems.push("no PRODID");
  const vevents = calendar.getAllSubcomponents("vevent");
  if (vevents.length === 0) problems.push("no component (RFC 5545 requires one)");
  const timezones = calendar.getAllSubcomponents("vtimezone").map((z) => String(z.getFirstPropertyValue("tzid")));
  const entries = vevents.map((vevent) => {
    const event = new ICAL.Event(vevent);
    const uid = event.uid;
    const organizer = vevent.getFirstProperty("organizer");
    if (!organizer || !/^mailto:.+@.+/i.test(String(organizer.getFirstValue()))) problems.push(`${uid}: no ORGANIZER with an address`);
    for (const name of ["uid", "dtstamp", "dtstart", "sequence", "last-modified"]) {
      if (!vevent.hasProperty(name)) problems.push(`${uid}: no ${name.toUpperCase()}`);
    }
    for (const name of ["dtstart", "dtend"]) {
      const property = vevent.getFirstProperty(name);
      const tzid = property?.getParameter("tzid");
      const value = property?.getFirstValue() as ICAL.Time | undefined;
      // Either UTC instants or whole days, or a TZID that the file defines.
      if (tzid ? !timezones.includes(String(tzid)) : !(value?.isDate || value?.zone === ICAL.Timezone.utcTimezone)) {
        problems.push(`${uid}: ${name.toUpperCase()} neither UTC nor a date nor a defined TZID`);
      }
    }
    return {
      uid,
      summary: event.summary,
      sequence: Number(vevent.getFirstPropertyValue("sequence")),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      allDay: event.startDate.isDate,
      url: (vevent.getFirstPropertyValue("url") as string | null) ?? null,
      description: event.description,
      organizer: String(organizer?.getFirstValue() ?? ""),
    };
  });
  const uids = entries.map((e) => e.uid);
  if (new Set(uids).size !== uids.length) problems.push("a UID appears twice");
  return { problems, entries };
}
