"use client";

import { useTranslations } from "next-intl";
import { EventFields } from "@/components/dashboard/event-fields";
import { TextField } from "@/components/form/fields";
import { FormErrorSummary } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";

/**
 * Sends a previewed mailing: the organiser types the recipient count they were shown, and, when the
 * same subject went to the same audience in the last day, ticks that they mean to send it again.
 */
export function MailingSendForm({
  serverAction,
  slug,
  locale,
  id,
  count,
  repeat,
}: {
  serverAction: FormAction;
  slug: string;
  locale: string;
  id: number;
  count: number;
  repeat: boolean;
}) {
  const t = useTranslations("mailings");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key, current) =>
    t(`validation.${key}`, {
      count: Number(current.values?.recipients ?? count),
      name: "{name}",
      manageLink: "{manageLink}",
      sessions: "{sessions}",
    }),
  );
  const askRepeat = repeat || state.message === "repeat";
  return (
    <form ref={formRef} action={action} className="form" noValidate>
      <FormErrorSummary state={state} messageOf={(key) => t(`messages.${key}`)} fixFields={t("messages.fixErrors")} />
      <EventFields slug={slug} locale={locale} id={id} />
      <TextField
        type="number"
        inputMode="numeric"
        min={0}
        name="confirmCount"
        id="mailing-confirm-count"
        label={t("preview.confirmCount")}
        hint={t("preview.confirmCountHint", { count })}
        defaultValue=""
        error={error("confirmCount")}
      />
      {askRepeat ? (
        <div className="field checkbox">
          <input type="checkbox" id="mailing-confirm-repeat" name="confirmRepeat" />
          <label htmlFor="mailing-confirm-repeat">{t("preview.confirmRepeat")}</label>
        </div>
      ) : null}
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("preview.send")}
        </button>
      </div>
    </form>
  );
}
