"use client";

import { useSyncExternalStore } from "react";
import { zoneLabel } from "@/lib/programme/format";
import { browserZone, setViewerZone, useViewerZone } from "./use-viewer-zone";

const subscribeNothing = () => () => {};

/**
 * Says which zone the times are in, and (once JavaScript runs, and only when the viewer's zone
 * differs from the event's) offers two toggle buttons: event time or my time. Without JavaScript
 * it is just the server-rendered sentence naming the event's zone.
 */
export function ZoneSwitch({
  eventZone,
  locale,
  at,
  labels,
}: {
  eventZone: string;
  locale: string;
  /** An instant of the programme, for the offsets in force then (DST). */
  at: string;
  /** `note` contains `{zone}`. */
  labels: { note: string; group: string; event: string; viewer: string };
}) {
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const viewerZone = useViewerZone();
  const instant = new Date(at);
  const shown = viewerZone ?? eventZone;
  const offerSwitch = hydrated && browserZone() !== eventZone;
  return (
    <div className="zone-bar">
      <p className="zone-note">{labels.note.replace("{zone}", zoneLabel(instant, shown, locale))}</p>
      {offerSwitch ? (
        <fieldset className="zone-switch" aria-label={labels.group}>
          <button type="button" aria-pressed={viewerZone === null} onClick={() => setViewerZone(false)}>
            {labels.event}
          </button>
          <button type="button" aria-pressed={viewerZone !== null} onClick={() => setViewerZone(true)}>
            {labels.viewer}
          </button>
        </fieldset>
      ) : null}
    </div>
  );
}
