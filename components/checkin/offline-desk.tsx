"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CheckinScanner } from "@/components/dashboard/checkin-scanner";
import { FormMessage } from "@/components/form/form-message";
import { type Decision, dayIn, decide, type Target } from "@/lib/checkin/offline/decide";
import { readCode } from "@/lib/checkin/offline/read-code";
import type { RosterRegistration } from "@/lib/checkin/offline/types";
import { localize } from "@/lib/i18n/localize";
import { DeskHistory } from "./desk-history";
import { DeskPhotoScan } from "./desk-photo-scan";
import { DeskSearch } from "./desk-search";
import { DeskStatus } from "./desk-status";
import { useDecisionText } from "./use-decision-text";
import { useDeskSync } from "./use-desk-sync";

type Props = { accountId: string; slug: string; locale: string; kiosk: boolean };

/**
 * The check-in desk that keeps working without a network: decisions come from the roster in
 * IndexedDB and the signature of the QR code; check-ins queue here and sync when they can.
 */
export function OfflineDesk({ accountId, slug, locale, kiosk }: Props) {
  const t = useTranslations("checkinOffline");
  const tc = useTranslations("checkin");
  const desk = useDeskSync(accountId, slug);
  const { roster, scans, online } = desk;
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [shown, setShown] = useState<{ decision: Decision; code?: string } | null>(null);
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: roster?.timeZone }).format(new Date(iso));
  const decisionText = useDecisionText(time);

  const admit = async (decision: Decision, code?: string) => {
    if (decision.kind === "admit" || decision.kind === "admitNew" || decision.kind === "notSignedUp" || decision.kind === "waitlisted") {
      await desk.enqueue({
        registrationId: decision.registrationId,
        code,
        sessionId,
        admitWithoutSignup: decision.kind === "notSignedUp" || decision.kind === "waitlisted" ? true : undefined,
        name: decision.kind === "admitNew" ? null : decision.name,
      });
      // Admitted anyway at a session's door reads like any other check-in.
      setShown({
        decision: decision.kind === "admit" || decision.kind === "admitNew" ? decision : { ...decision, kind: "admit", organisation: "" },
      });
    } else if (decision.kind === "checkOnline") {
      const answered = await desk.enqueue({ code: decision.code, sessionId, name: null });
      setShown({ decision, code: answered?.result?.status ?? "waiting" });
    }
  };

  const handle = async (target: Target, code?: string) => {
    if (!roster) return setShown(null);
    const decision = decide(roster, scans, target, { sessionId, now: new Date(), online: navigator.onLine });
    if (decision.kind === "admit" || decision.kind === "admitNew" || decision.kind === "checkOnline") await admit(decision, code);
    else setShown({ decision });
  };
  const onCode = async (text: string) => {
    if (roster) await handle(await readCode(text, roster), text.trim());
  };
  const onPick = (r: RosterRegistration) => void handle({ kind: "registration", registrationId: r.id });

  const waiting = scans.filter((s) => !s.result).length;
  const today = roster ? dayIn(roster.timeZone, new Date()) : "";
  const message = shown
    ? decisionText(shown.decision, shown.code)
    : desk.loaded && !roster
      ? { tone: "error" as const, text: t("noRoster") }
      : null;
  const walkIn = shown && (shown.decision.kind === "notSignedUp" || shown.decision.kind === "waitlisted") ? shown.decision : null;

  return (
    <div className={`stack ${kiosk ? "desk-kiosk" : ""}`}>
      <DeskStatus
        online={online}
        syncedAt={roster?.syncedAt ?? null}
        waiting={waiting}
        offlineReady={desk.offlineReady}
        problem={desk.problem}
        time={time}
      />
      {roster ? (
        <div className="card field">
          <label htmlFor="desk-place">{t("place.label")}</label>
          <select
            id="desk-place"
            value={sessionId ?? ""}
            onChange={(e) => {
              setSessionId(e.currentTarget.value ? Number(e.currentTarget.value) : null);
              setShown(null);
            }}
          >
            <option value="">{t("place.venue", { day: today })}</option>
            {roster.sessions.map((s) => (
              <option key={s.id} value={s.id}>{`${time(s.startsAt)} · ${localize(s.title, locale)}`}</option>
            ))}
          </select>
        </div>
      ) : null}
      <FormMessage tone={message?.tone ?? "info"} text={message?.text} />
      {walkIn?.walkIns ? (
        <div>
          <button type="button" className="button" onClick={() => void admit(walkIn)}>
            {t("result.admitAnyway", { name: walkIn.name })}
          </button>
        </div>
      ) : null}
      {roster ? (
        <>
          <DeskSearch registrations={roster.registrations} onPick={onPick} />
          <section aria-labelledby="desk-scan" className="card stack">
            <h2 id="desk-scan">{tc("scan.title")}</h2>
            <CheckinScanner
              labels={{
                start: tc("scan.start"),
                stop: tc("scan.stop"),
                denied: tc("scan.denied"),
                unsupported: tc("scan.unsupported"),
                scanning: tc("scan.scanning"),
                video: tc("scan.video"),
              }}
              onCode={(code) => void onCode(code)}
            />
            <DeskPhotoScan label={t("scan.photo")} noCode={t("scan.noCode")} onCode={(code) => void onCode(code)} />
          </section>
        </>
      ) : null}
      <DeskHistory scans={scans} deviceId={desk.deviceId} time={time} />
    </div>
  );
}
