"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/form/fields";
import { FormMessage } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";

export function SignInForm({ serverAction, locale, callbackUrl }: { serverAction: FormAction; locale: string; callbackUrl?: string }) {
  const t = useTranslations("auth");
  const tAccounts = useTranslations("accounts");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`validation.${key}`));
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
