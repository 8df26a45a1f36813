"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { TextField } from "@/components/form/fields";
import { FormMessage } from "@/components/form/form-message";
import { useFocusFirstError } from "@/components/form/use-focus-first-error";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import type { ActionState, FormAction } from "@/lib/actions";

export function ForgotPasswordForm({ serverAction, locale }: { serverAction: FormAction; locale: string }) {
  const t = useTranslations("accounts");
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, { ok: false }, useFormPermalink());
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const key = state.errors?.email?.[0];
  return (
    <form ref={formRef} action={action} className="form" noValidate>
      <FormMessage tone="success" text={state.ok ? t("forgot.sent") : undefined} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        name="email"
        type="email"
        label={t("forgot.email")}
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        error={key ? t(`validation.${key}`) : undefined}
      />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("forgot.submit")}
        </button>
      </div>
    </form>
  );
}
