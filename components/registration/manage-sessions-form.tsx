"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { FormMessage } from "@/components/form/form-message";
import { useFocusFirstError } from "@/components/form/use-focus-first-error";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import type { ActionState, FormAction } from "@/lib/actions/state";
import type { SessionGroup } from "@/lib/registration/session-groups";
import { SessionPicker } from "./session-picker";

type Props = {
  action: FormAction;
  token: string;
  locale: string;
  groups: SessionGroup[];
  held: number[];
};

/** The delegate's sessions, to change through their personal link (works without JavaScript). */
export function ManageSessionsForm({ action, token, locale, groups, held }: Props) {
  const t = useTranslations("registration");
  const [state, formAction, pending] = useActionState(action, { ok: false } as ActionState, useFormPermalink());
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const chosen = state.sessionIds ?? held.map(String);
  const key = state.errors?.sessionIds?.[0];
  const error = key
    ? key === "overlap"
      ? t("errors.overlap", { a: state.clash?.[0] ?? "", b: state.clash?.[1] ?? "" })
      : t.has(`errors.${key}`)
        ? t(`errors.${key}`)
        : t("errors.invalid")
    : undefined;
  return (
    <form ref={formRef} action={formAction} className="form" noValidate>
      <FormMessage tone="error" text={state.message ? t(`manage.messages.${state.message}`) : undefined} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <SessionPicker
        groups={groups}
        held={held}
        error={error}
        inputProps={(id) => ({ defaultChecked: chosen.includes(String(id)), "aria-invalid": key ? true : undefined })}
      />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("manage.saveSessions")}
        </button>
      </div>
    </form>
  );
}
