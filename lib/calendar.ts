import { createEvents, type EventAttributes } from "ics";

export type CalendarEntry = {
  /** Stable across downloads, so calendar apps update an entry instead of duplicating it. */
  uid: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  start: Date;
  end: Date;
  status?: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  /** Bump when the entry changes, so calendar apps take the update. */
  sequence?: number;
};

/**
 * An iCalendar (RFC 5545) file. Times are written as UTC instants (`…Z`), which every calendar app
 * converts to its user's zone correctly, with no VTIMEZONE tables to get wrong.
 */
export function buildCalendar(entries: CalendarEntry[], options: { name: string }): string {
  if (entries.length === 0) {
    // `ics` refuses an empty list; an empty calendar is still a valid answer.
    return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Dialogos//Dialogos//EN\r\nX-WR-CALNAME:${escapeText(options.name)}\r\nEND:VCALENDAR\r\n`;
  }
  const events: EventAttributes[] = entries.map((entry) => ({
    uid: entry.uid,
    title: entry.title,
    description: entry.description,
    location: entry.location,
    url: entry.url,
    start: entry.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: entry.end.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    status: entry.status ?? "CONFIRMED",
    sequence: entry.sequence,
    productId: "-//Dialogos//Dialogos//EN",
    calName: options.name,
  }));
  const { error, value } = createEvents(events, { productId: "-//Dialogos//Dialogos//EN", calName: options.name });
  if (error || !value) throw error ?? new Error("Could not build the calendar");
  return value;
}

function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Response headers for a calendar download. */
export function calendarHeaders(filename: string): HeadersInit {
  return {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
  };
}
