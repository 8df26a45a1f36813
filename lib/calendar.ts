import { createEvents, type DateArray, type EventAttributes } from "ics";

/** A span of whole days in the event's own calendar: `end` is the last day (inclusive). */
type DaySpan = { firstDay: string; lastDay: string };

export type CalendarEntry = {
  /** The same in every file the app emits (public programme, session file, personal file). */
  uid: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  /** UTC instants, or whole days (the dialogue itself, offered when a delegate has no session). */
  when: { start: Date; end: Date } | DaySpan;
  status?: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  /** Raised whenever the entry changes, so calendar apps replace their copy (RFC 5545 §3.8.7.4). */
  sequence: number;
  lastModified: Date;
};

export type CalendarOptions = {
  /** The calendar's display name (X-WR-CALNAME). */
  name: string;
  /** RFC 5546 wants an ORGANIZER on every published event: the dialogue's contact. */
  organizer: { name: string; email: string };
};

const productId = "-//Dialogos//Dialogos//EN";

/**
 * An iCalendar (RFC 5545) file published with METHOD:PUBLISH (RFC 5546). Times are UTC instants
 * (`…Z`) throughout — every calendar app converts them to its user's zone, with no VTIMEZONE
 * tables to get wrong; whole days are DATE values. Lines are folded at 75 octets, never inside a
 * UTF-8 character. There must be at least one entry: RFC 5545 forbids an empty VCALENDAR.
 */
export function buildCalendar(entries: CalendarEntry[], options: CalendarOptions): string {
  if (entries.length === 0) throw new Error("A calendar needs at least one event");
  const events: EventAttributes[] = entries.map((entry) => {
    const common = {
      uid: entry.uid,
      title: entry.title,
      description: entry.description,
      location: entry.location,
      url: entry.url,
      status: entry.status ?? "CONFIRMED",
      sequence: entry.sequence,
      lastModified: entry.lastModified.getTime(),
      organizer: options.organizer,
      productId,
      calName: options.name,
    } as const;
    if ("firstDay" in entry.when) {
      return { ...common, start: dayArray(entry.when.firstDay), end: dayArray(nextDay(entry.when.lastDay)) };
    }
    return {
      ...common,
      start: entry.when.start.getTime(),
      startInputType: "utc",
      startOutputType: "utc",
      end: entry.when.end.getTime(),
      endInputType: "utc",
      endOutputType: "utc",
    };
  });
  const { error, value } = createEvents(events, { productId, method: "PUBLISH", calName: options.name });
  if (error || !value) throw error ?? new Error("Could not build the calendar");
  return foldOctets(value);
}

/**
 * Re-folds content lines at 75 octets (RFC 5545 §3.1). The `ics` library folds at 75 characters,
 * which overflows with accents (2 octets each in UTF-8) and may cut a character in two.
 */
function foldOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  if (lines.at(-1) === "") lines.pop();
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // continuation lines start with one space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function dayArray(day: string): DateArray {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return [year, month, date];
}

/** DTEND of an all-day event is exclusive: the day after the last one. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Response headers for a calendar download. */
export function calendarHeaders(filename: string): HeadersInit {
  return {
    "Content-Type": "text/calendar; charset=utf-8; method=PUBLISH",
    "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
  };
}
