"use client";

import { streamStatus } from "@/lib/programme/status";
import { useNow } from "./use-now";

export type StreamLabels = { upcoming: string; live: string; ended: string; watch: string; link: string };

/**
 * A streamed session's state (upcoming / live now / ended) and its stream link. The server renders
 * it with the clock at render time; in the browser it follows the app's current clock, so a page
 * served from cache hours later still tells the truth.
 */
export function StreamStatus({
  start,
  end,
  renderedAt,
  streamUrl,
  title,
  labels,
}: {
  start: string;
  end: string;
  renderedAt: number;
  streamUrl: string;
  title: string;
  labels: StreamLabels;
}) {
  const status = streamStatus(start, end, useNow(renderedAt));
  return (
    <span className="stream" data-stream-status={status}>
      <span className={`badge ${status === "live" ? "badge-live" : status === "upcoming" ? "badge-info" : "badge-closed"}`}>
        {labels[status]}
      </span>{" "}
      <a href={streamUrl} rel="noopener">
        {status === "live" ? labels.watch : labels.link}
        <span className="visually-hidden">: {title}</span>
      </a>
    </span>
  );
}
