"use client";

import { useTranslations } from "next-intl";
import type { DeskProblem } from "./use-desk-sync";

type Props = {
  online: boolean;
  syncedAt: string | null;
  waiting: number;
  offlineReady: boolean;
  problem: DeskProblem;
  time: (iso: string) => string;
};

/** The desk's state in one line that screen readers hear when it changes. */
export function DeskStatus({ online, syncedAt, waiting, offlineReady, problem, time }: Props) {
  const t = useTranslations("checkinOffline");
  return (
    <div className={`card desk-status ${online ? "desk-online" : "desk-offline"}`} role="status" aria-live="polite">
      <p>
        <strong data-testid="desk-network">{online ? t("status.online") : t("status.offline")}</strong>
        {" · "}
        <span data-testid="desk-synced">{syncedAt ? t("status.lastSync", { time: time(syncedAt) }) : t("status.never")}</span>
        {" · "}
        <span data-testid="desk-waiting">{t("status.waiting", { count: waiting })}</span>
      </p>
      {offlineReady ? <p>{t("status.ready")}</p> : null}
      {problem && online ? <p>{t(`status.${problem}`)}</p> : null}
    </div>
  );
}
