"use client";

import { useTranslations } from "next-intl";
import type { QueuedScan } from "@/lib/checkin/offline/types";

/**
 * This desk's check-ins, newest first, each with where it stands: waiting to sync, synced, or the
 * server's other answer, above all the conflict of a delegate another device checked in first.
 */
export function DeskHistory({ scans, deviceId, time }: { scans: QueuedScan[]; deviceId: string | null; time: (iso: string) => string }) {
  const t = useTranslations("checkinOffline");
  if (scans.length === 0) return null;
  const recent = [...scans].sort((a, b) => b.scannedAt.localeCompare(a.scannedAt)).slice(0, 30);
  return (
    <section aria-labelledby="desk-history" className="stack">
      <h2 id="desk-history">{t("history.title")}</h2>
      <ul className="card-list">
        {recent.map((scan) => {
          const name = scan.name ?? scan.result?.name ?? t("history.unknownName");
          const r = scan.result;
          let text: string;
          if (!r) text = t("history.waiting", { name, time: time(scan.scannedAt) });
          else if (r.status === "checkedIn") text = t("history.synced", { name, time: time(r.at ?? scan.scannedAt) });
          else if (r.status === "already")
            text =
              r.device && r.device !== deviceId
                ? t("history.conflict", { name, time: r.at ? time(r.at) : "—", by: r.by ?? t("history.otherDevice") })
                : t("history.already", { name, time: r.at ? time(r.at) : "—" });
          else text = t(`history.${r.status}`, { name });
          return (
            <li key={scan.id} className={`card ${r && r.status !== "checkedIn" ? "desk-conflict" : ""}`}>
              {text}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
