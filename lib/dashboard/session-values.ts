import type { Session, Theme } from "@/db/schema";
import { zonedDay } from "@/lib/time";
import { fromLocalized } from "./localized-fields";

function zonedTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

/** A stored session as the session form's values (times in the event's zone). */
export function sessionFormValues(session: Session, timeZone: string): Record<string, string> {
  return {
    id: String(session.id),
    sessionSlug: session.slug,
    themeId: session.themeId ? String(session.themeId) : "",
    ...fromLocalized(session.title, "title"),
    ...fromLocalized(session.description, "description"),
    kind: session.kind,
    room: session.room,
    day: zonedDay(session.startsAt, timeZone),
    start: zonedTime(session.startsAt, timeZone),
    end: zonedTime(session.endsAt, timeZone),
    capacity: session.capacity === null ? "" : String(session.capacity),
    isStreamed: session.isStreamed ? "on" : "",
    streamUrl: session.streamUrl ?? "",
    walkIns: session.walkIns ? "on" : "",
    participationMode: session.participationMode ?? "",
    remoteLink: session.remoteLink ?? "",
  };
}

export function themeFormValues(theme: Theme): Record<string, string> {
  return {
    id: String(theme.id),
    themeSlug: theme.slug,
    position: String(theme.position),
    ...fromLocalized(theme.name, "name"),
    ...fromLocalized(theme.description, "description"),
  };
}
