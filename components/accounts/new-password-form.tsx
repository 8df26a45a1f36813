"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/form/fields";
import { FormMessage } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";

type Props = { serverAction: FormAction; kind: "reset" | "invitation"; locale: string; token: string; email?: string };

/** Choosing a password from a single-use link: a password reset, or accepting an invitation (with a name). */
export function NewPasswordForm({ serverAction, kind, locale, token, email }: Props) {
  const t = useTranslations("accounts");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`validation.${key}`));
  return (
    <form ref={formRef} action={action} className="form" noValidate>
      <FormMessage
        tone="error"
        text={
          state.message === "invalidLink"
            ? t(`${kind}.invalidLink`)
            : state.message === "rateLimited"
              ? t(`${kind}.rateLimited`, { minutes: state.retryAfterMinutes ?? 1 })
              : undefined
        }
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {email ? <input type="email" name="username" value={email} autoComplete="username" readOnly hidden /> : null}
      {kind === "invitation" ? (
        <TextField
          name="name"
          label={t("invitation.name")}
          autoComplete="name"
          required
          defaultValue={state.values?.name}
          error={error("name")}
        />
      ) : null}
      <TextField
        name="password"
        type="password"
        label={t(`${kind}.password`)}
        hint={t(`${kind}.passwordHint`)}
        autoComplete="new-password"
        required
        minLength={12}
        error={error("password")}
      />
      <TextField
        name="confirm"
        type="password"
        label={t(`${kind}.confirm`)}
        autoComplete="new-password"
        required
        error={error("confirm")}
      />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t(`${kind}.submit`)}
        </button>
      </div>
    </form>
  );
}
