"use client";

import { useSyncExternalStore } from "react";
import { zoneLabel } from "@/lib/programme/format";
import { browserZone, setViewerZone, useViewerZone } from "./use-viewer-zone";

const subscribeNothing = () => () => {};

/**
 * Two toggle buttons: event time or my time. Rendered only once JavaScript runs (without it the
 * page already says which zone its times are in), and only when the viewer's zone differs.
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
  labels: { group: string; event: string; viewer: string };
}) {
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const viewerZone = useViewerZone();
  if (!hydrated) return null;
  const mine = browserZone();
  const instant = new Date(at);
  if (mine === eventZone) return null;
  return (
    <div className="zone-switch" role="group" aria-label={labels.group}>
      <button type="button" aria-pressed={viewerZone === null} onClick={() => setViewerZone(false)}>
        {labels.event.replace("{zone}", zoneLabel(instant, eventZone, locale))}
      </button>
      <button type="button" aria-pressed={viewerZone !== null} onClick={() => setViewerZone(true)}>
        {labels.viewer.replace("{zone}", zoneLabel(instant, mine, locale))}
      </button>
    </div>
  );
}
