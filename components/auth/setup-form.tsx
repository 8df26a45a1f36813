"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { FormMessage } from "@/components/form/form-message";
import { TextField } from "@/components/form/text-field";
import { useFocusFirstError } from "@/components/form/use-focus-first-error";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import type { ActionState, FormAction } from "@/lib/actions";

export function SetupForm({ serverAction, locale, token }: { serverAction: FormAction; locale: string; token: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, { ok: false }, useFormPermalink());
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const error = (field: string) => {
    const key = state.errors?.[field]?.[0];
    return key ? t(`validation.${key}`) : undefined;
  };
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
