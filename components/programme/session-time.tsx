"use client";

import { formatTimeRange, utcOffsetLabel } from "@/lib/programme/format";
import { useViewerZone } from "./use-viewer-zone";

/**
 * A session's time range, in the event's zone as rendered by the server, or in the viewer's zone
 * once they switch (then with the date, since a session may fall on another day there).
 */
export function SessionTime({
  start,
  end,
  eventZone,
  locale,
  eventDay,
}: {
  start: string;
  end: string;
  eventZone: string;
  locale: string;
  /** The event-local day, shown before the time in the event's zone (the viewer's zone shows its own date). */
  eventDay?: string;
}) {
  const viewerZone = useViewerZone();
  const zone = viewerZone ?? eventZone;
  const startsAt = new Date(start);
  const endsAt = new Date(end);
  return (
    <time dateTime={start} data-zone={zone} className="session-time">
      {viewerZone === null && eventDay ? `${eventDay}, ` : ""}
      {formatTimeRange(startsAt, endsAt, zone, locale, { withDate: viewerZone !== null })}{" "}
      <span className="zone-offset">{utcOffsetLabel(startsAt, zone)}</span>
    </time>
  );
}
