"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EventFields } from "@/components/dashboard/event-fields";
import { FormMessage } from "@/components/form/form-message";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import type { ActionState, FormAction } from "@/lib/actions";

type Props = {
  serverAction: FormAction;
  slug: string;
  locale: string;
  id: number;
  label: string;
  tone?: "secondary" | "danger";
  disabled?: boolean;
};

/** One button that posts one action on a delegation (new link, revoke, approve) and says how it went; works without JavaScript. */
export function DelegationButton({ serverAction, slug, locale, id, label, tone, disabled }: Props) {
  const t = useTranslations("delegationsAdmin");
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, { ok: false }, useFormPermalink());
  return (
    <form action={action} className="actions">
      <EventFields slug={slug} locale={locale} id={id} />
      <button type="submit" className={tone ? `button ${tone}` : "button"} disabled={pending || disabled}>
        {label}
      </button>
      <FormMessage tone={state.ok ? "success" : "error"} text={state.message ? t(`messages.${state.message}`) : undefined} />
    </form>
  );
}
