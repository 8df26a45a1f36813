"use client";

import { streamStatus } from "@/lib/programme/status";
import { useNow } from "./use-now";

export type LiveItem = { slug: string; title: string; start: string; end: string; streamUrl: string; href: string };

/** The event page's "live now" list, kept current in the browser like StreamStatus. */
export function LiveNow({
  items,
  renderedAt,
  labels,
}: {
  items: LiveItem[];
  renderedAt: number;
  labels: { nothing: string; live: string; watch: string };
}) {
  const now = useNow(renderedAt);
  const live = items.filter((item) => streamStatus(item.start, item.end, now) === "live");
  return (
    <div aria-live="polite">
      {live.length === 0 ? (
        <p>{labels.nothing}</p>
      ) : (
        <ul className="live-list">
          {live.map((item) => (
            <li key={item.slug}>
              <span className="badge badge-live">{labels.live}</span> <a href={item.href}>{item.title}</a>{" "}
              <a className="button" href={item.streamUrl} rel="noopener">
                {labels.watch.replace("{title}", item.title)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
