"use client";

import { useTranslations } from "next-intl";
import { EventFields } from "@/components/dashboard/event-fields";
import { CheckboxField } from "@/components/form/fields";
import { FormErrorSummary } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";

/** "Send certificates", behind a tick that names how many will go: works without JavaScript. */
export function SendCertificatesForm({
  serverAction,
  slug,
  locale,
  count,
}: {
  serverAction: FormAction;
  slug: string;
  locale: string;
  count: number;
}) {
  const t = useTranslations("certificates");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key, current) =>
    t(`validation.${key}`, { count: Number(current.values?.count ?? count) }),
  );
  // After a changed count the form asks again, for the new number.
  const shown = Number(state.values?.count ?? count);
  return (
    <form ref={formRef} action={action} className="form" noValidate>
      <FormErrorSummary state={state} messageOf={(key) => t(`messages.${key}`)} fixFields={t("messages.fixErrors")} />
      <EventFields slug={slug} locale={locale} />
      <input type="hidden" name="confirmCount" value={shown} />
      <CheckboxField name="confirm" label={t("dashboard.confirm", { count: shown })} error={error("confirm")} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("dashboard.send")}
        </button>
      </div>
    </form>
  );
}
