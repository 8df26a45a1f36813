"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { EventFields } from "@/components/dashboard/event-fields";
import { FormMessage } from "@/components/form/form-message";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import type { ActionState, FormAction } from "@/lib/actions";
import { CheckinScanner } from "./checkin-scanner";

type Props = {
  serverAction: FormAction;
  slug: string;
  locale: string;
  sessionId: number | null;
  matches: { id: number; name: string; organisation: string }[];
};

/** The desk: camera scan, typed code, or a pick from the name search, all through one action. */
export function CheckinDesk({ serverAction, slug, locale, sessionId, matches }: Props) {
  const t = useTranslations("checkin");
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, { ok: false }, useFormPermalink());
  const formRef = useRef<HTMLFormElement>(null);
  const tokenRef = useRef<HTMLInputElement>(null);
  const hidden = (
    <>
      <EventFields slug={slug} locale={locale} />
      {sessionId ? <input type="hidden" name="sessionId" value={sessionId} /> : null}
    </>
  );
  const v = state.values ?? {};
  const text = state.message
    ? t(`result.${state.message}`, {
        name: v.name ?? "",
        organisation: v.organisation ?? "",
        time: v.time ?? "",
        by: v.by ?? "",
        place: v.place || t("venue"),
      })
    : state.errors?.token
      ? t("result.noCode")
      : undefined;
  const tone = state.message === "checkedIn" || state.message === "admitted" ? "success" : state.message === "already" ? "info" : "error";
  const refusedAtSession = state.message === "notSignedUp" || state.message === "waitlisted";
  return (
    <div className="stack">
      <FormMessage tone={tone} text={text} />
      {refusedAtSession && v.registrationId ? (
        v.walkIns ? (
          <form action={action}>
            {hidden}
            <input type="hidden" name="registrationId" value={v.registrationId} />
            <input type="hidden" name="admitWithoutSignup" value="on" />
            <button type="submit" className="button" disabled={pending}>
              {t("admitAnyway", { name: v.name ?? "" })}
            </button>
          </form>
        ) : (
          <p>{t("noWalkIns")}</p>
        )
      ) : null}
      <section aria-labelledby="scan-heading" className="card stack">
        <h2 id="scan-heading">{t("scan.title")}</h2>
        <CheckinScanner
          labels={{
            start: t("scan.start"),
            stop: t("scan.stop"),
            denied: t("scan.denied"),
            unsupported: t("scan.unsupported"),
            scanning: t("scan.scanning"),
            video: t("scan.video"),
          }}
          onCode={(code) => {
            if (!tokenRef.current || !formRef.current) return;
            tokenRef.current.value = code;
            formRef.current.requestSubmit();
          }}
        />
        <form ref={formRef} action={action} className="form" noValidate>
          {hidden}
          <div className="field">
            <label htmlFor="checkin-token">{t("scan.code")}</label>
            <span id="checkin-token-hint" className="hint">
              {t("scan.codeHint")}
            </span>
            <input id="checkin-token" ref={tokenRef} name="token" type="text" autoComplete="off" aria-describedby="checkin-token-hint" />
          </div>
          <div>
            <button type="submit" className="button" disabled={pending}>
              {t("scan.submit")}
            </button>
          </div>
        </form>
      </section>
      {matches.length > 0 ? (
        <section aria-labelledby="matches-heading">
          <h2 id="matches-heading">{t("search.results")}</h2>
          <ul className="card-list">
            {matches.map((m) => (
              <li key={m.id} className="card actions">
                <span>
                  <strong>{m.name}</strong> · {m.organisation}
                </span>
                <form action={action}>
                  {hidden}
                  <input type="hidden" name="registrationId" value={m.id} />
                  <button
                    type="submit"
                    className="button secondary"
                    disabled={pending}
                    aria-label={t("search.checkInNamed", { name: m.name })}
                  >
                    {t("scan.submit")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
