"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EventFields } from "@/components/dashboard/event-fields";
import { FormMessage } from "@/components/form/form-message";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import type { ActionState, FormAction } from "@/lib/actions";

type Props = { serverAction: FormAction; slug: string; locale: string; id: number; label: string };

/** "Move up" / "Move down" for one question: each a one-button form that works without JavaScript. */
export function QuestionMoveButtons({ serverAction, slug, locale, id, label, first, last }: Props & { first: boolean; last: boolean }) {
  const t = useTranslations("questions");
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, { ok: false }, useFormPermalink());
  return (
    <form action={action} className="actions">
      <FormMessage tone="error" text={state.message ? t(`messages.${state.message}`) : undefined} />
      <EventFields slug={slug} locale={locale} id={id} />
      <button type="submit" name="direction" value="up" className="button secondary" disabled={pending || first}>
        {t("list.moveUp", { question: label })}
      </button>
      <button type="submit" name="direction" value="down" className="button secondary" disabled={pending || last}>
        {t("list.moveDown", { question: label })}
      </button>
    </form>
  );
}

/** Takes the question off the form; answers already given stay readable. */
export function QuestionRemoveForm({ serverAction, slug, locale, id, label }: Props) {
  const t = useTranslations("questions");
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, { ok: false }, useFormPermalink());
  return (
    <form action={action} className="card stack">
      <h2>{t("remove.title")}</h2>
      <FormMessage tone="error" text={state.message ? t(`messages.${state.message}`) : undefined} />
      <p>{t("remove.hint")}</p>
      <EventFields slug={slug} locale={locale} id={id} />
      <div>
        <button type="submit" className="button danger" disabled={pending}>
          {t("remove.submit", { question: label })}
        </button>
      </div>
    </form>
  );
}
