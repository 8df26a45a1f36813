"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/form/fields";
import { FormMessage } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";

export function SetupForm({ serverAction, locale, token }: { serverAction: FormAction; locale: string; token: string }) {
  const t = useTranslations("auth");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`validation.${key}`));
  const message =
    state.message === "invalidLink"
      ? t("setup.invalidLink")
      : state.message === "rateLimited"
        ? t("setup.rateLimited", { minutes: state.retryAfterMinutes ?? 1 })
        : state.errors
          ? t("setup.failed")
          : undefined;
  return (
    <form ref={formRef} action={action} className="form" noValidate>
      <FormMessage tone="error" text={message} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <TextField name="name" label={t("setup.name")} autoComplete="name" required defaultValue={state.values?.name} error={error("name")} />
      <TextField
        name="email"
        type="email"
        label={t("setup.email")}
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        error={error("email")}
      />
      <TextField
        name="password"
        type="password"
        label={t("setup.password")}
        hint={t("setup.passwordHint")}
        autoComplete="new-password"
        required
        minLength={12}
        error={error("password")}
      />
      <TextField name="confirm" type="password" label={t("setup.confirm")} autoComplete="new-password" required error={error("confirm")} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("setup.submit")}
        </button>
      </div>
    </form>
  );
}
