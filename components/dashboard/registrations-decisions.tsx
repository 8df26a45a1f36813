"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EventFields } from "@/components/dashboard/event-fields";
import { FormMessage } from "@/components/form/form-message";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import type { ActionState, FormAction } from "@/lib/actions";

type Props = {
  /** The four decisions' server actions (props: client code never imports app/). */
  actions: Record<"approve" | "decline" | "cancel" | "resend", FormAction>;
  slug: string;
  locale: string;
  id: number;
  status: string;
};

/** Approve, decline (with a reason), cancel and resend: each a small form that works without JavaScript. */
export function RegistrationsDecisions({ actions, slug, locale, id, status }: Props) {
  const t = useTranslations("registrations");
  const [approved, approve, approving] = useActionState<ActionState, FormData>(actions.approve, { ok: false }, useFormPermalink());
  const [declined, decline, declining] = useActionState<ActionState, FormData>(actions.decline, { ok: false }, useFormPermalink());
  const [cancelled, cancel, cancelling] = useActionState<ActionState, FormData>(actions.cancel, { ok: false }, useFormPermalink());
  const [resent, resend, resending] = useActionState<ActionState, FormData>(actions.resend, { ok: false }, useFormPermalink());
  const hidden = (
    <>
      <EventFields slug={slug} locale={locale} id={id} />
    </>
  );
  const outcome = [approved, declined, cancelled, resent].find((s) => s.message);
  const reasonError = declined.errors?.reason?.[0];
  const confirmError = cancelled.errors?.confirm?.[0];
  return (
    <section aria-labelledby="decisions-heading" className="card stack">
      <h2 id="decisions-heading">{t("decisions.title")}</h2>
      <FormMessage tone={outcome?.ok ? "success" : "error"} text={outcome?.message ? t(`decisions.${outcome.message}`) : undefined} />
      {status === "pending" ? (
        <>
          <form action={approve}>
            {hidden}
            <button type="submit" className="button" disabled={approving}>
              {t("decisions.approve")}
            </button>
          </form>
          <form action={decline} className="form" noValidate>
            {hidden}
            <div className="field">
              <label htmlFor="decline-reason">{t("decisions.reason")}</label>
              <textarea
                id="decline-reason"
                name="reason"
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={reasonError ? "decline-reason-error" : undefined}
              />
              {reasonError ? (
                <p id="decline-reason-error" className="field-error">
                  {t(`validation.${reasonError}`)}
                </p>
              ) : null}
            </div>
            <div>
              <button type="submit" className="button danger" disabled={declining}>
                {t("decisions.decline")}
              </button>
            </div>
          </form>
        </>
      ) : null}
      {holdsOrWaits(status) ? (
        <form action={resend}>
          {hidden}
          <button type="submit" className="button secondary" disabled={resending}>
            {t("decisions.resend")}
          </button>
        </form>
      ) : null}
      {holdsOrWaits(status) ? (
        <form action={cancel} className="form" noValidate>
          {hidden}
          <div className="field">
            <label>
              <input
                type="checkbox"
                name="confirm"
                aria-invalid={confirmError ? true : undefined}
                aria-describedby={confirmError ? "cancel-confirm-error" : undefined}
              />{" "}
              {t("decisions.cancelConfirm")}
            </label>
            {confirmError ? (
              <p id="cancel-confirm-error" className="field-error">
                {t(`validation.${confirmError}`)}
              </p>
            ) : null}
          </div>
          <div>
            <button type="submit" className="button danger" disabled={cancelling}>
              {t("decisions.cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

/** A registration an organiser may still resend or cancel: holding a place, or waiting for one. */
function holdsOrWaits(status: string): boolean {
  return status === "pending" || status === "confirmed" || status === "unconfirmed" || status === "waitlisted";
}
