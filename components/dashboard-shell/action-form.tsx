"use client";

import { type ReactNode, useActionState, useId } from "react";
import { FormMessage } from "@/components/form/form-message";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import type { ActionState } from "@/lib/actions";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /** Message key -> already translated text; `failed` is used for anything unknown. */
  messages: Record<string, string>;
  className?: string;
  label?: string;
  children: ReactNode;
};

/**
 * A small form around an organiser action whose fields are rendered on the server: it shows the
 * action's answer (announced) and blocks double submits while it runs.
 */
export function ActionForm({ action, messages, className, label, children }: Props) {
  // Its own anchor: several forms of one action share a page (a row each in a list).
  const id = `form${useId()}`;
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, { ok: false }, useFormPermalink(id));
  const key = state.message ?? (state.errors ? "invalid" : undefined);
  const text = key ? (messages[key] ?? messages.failed) : undefined;
  return (
    <form id={id} action={formAction} className={className} aria-label={label} aria-busy={pending || undefined}>
      <fieldset className="plain-fieldset" disabled={pending}>
        {children}
      </fieldset>
      <FormMessage tone={state.ok ? "success" : "error"} text={text} />
    </form>
  );
}
