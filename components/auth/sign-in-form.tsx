"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { FormMessage } from "@/components/form/form-message";
import { TextField } from "@/components/form/text-field";
import { useFocusFirstError } from "@/components/form/use-focus-first-error";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import type { ActionState, FormAction } from "@/lib/actions";

export function SignInForm({ serverAction, locale, callbackUrl }: { serverAction: FormAction; locale: string; callbackUrl?: string }) {
  const t = useTranslations("auth");
  const tAccounts = useTranslations("accounts");
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, { ok: false }, useFormPermalink());
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const error = (field: string) => {
    const key = state.errors?.[field]?.[0];
    return key ? t(`validation.${key}`) : undefined;
  };
  return (
    <form ref={formRef} action={action} className="form" noValidate>
      <FormMessage
        tone="error"
        text={
          state.message === "rateLimited"
            ? tAccounts("signIn.rateLimited", { minutes: state.retryAfterMinutes ?? 1 })
            : state.message
              ? t(`signIn.${state.message}`)
              : undefined
        }
      />
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField
        name="email"
        type="email"
        label={t("signIn.email")}
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        error={error("email")}
      />
      <TextField
        name="password"
        type="password"
        label={t("signIn.password")}
        autoComplete="current-password"
        required
        error={error("password")}
      />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("signIn.submit")}
        </button>
      </div>
    </form>
  );
}
