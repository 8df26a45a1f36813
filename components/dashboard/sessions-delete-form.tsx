"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EventFields } from "@/components/dashboard/event-fields";
import { FormMessage } from "@/components/form/form-message";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import type { ActionState, FormAction } from "@/lib/actions";

/** Deleting a session with sign-ups needs the explicit "cancel them and tell the delegates" box. */
export function SessionsDeleteForm({
  serverAction,
  slug,
  locale,
  id,
  active,
}: {
  serverAction: FormAction;
  slug: string;
  locale: string;
  id: number;
  active: number;
}) {
  const t = useTranslations("sessionsAdmin");
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, { ok: false }, useFormPermalink());
  return (
    <form action={action} className="card stack">
      <h2>{t("delete.title")}</h2>
      <FormMessage
        tone="error"
        text={state.message ? t(`messages.${state.message}`, { active: state.values?.active ?? String(active) }) : undefined}
      />
      <EventFields slug={slug} locale={locale} id={id} />
      {active > 0 ? (
        <label>
          <input type="checkbox" name="cancelSignups" /> {t("delete.cancelSignups", { active })}
        </label>
      ) : (
        <p>{t("delete.noSignups")}</p>
      )}
      <div>
        <button type="submit" className="button danger" disabled={pending}>
          {t("delete.submit")}
        </button>
      </div>
    </form>
  );
}
