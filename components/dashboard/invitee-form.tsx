"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type FormEvent, startTransition } from "react";
import { useForm } from "react-hook-form";
import { EventFields } from "@/components/dashboard/event-fields";
import { TextField } from "@/components/form/fields";
import { FormErrorSummary } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";
import { type InviteeFormValues, type InviteeInput, inviteeSchema } from "@/lib/invitations/invitee-schema";
import { stakeholderGroups } from "@/lib/registration/options";
import { preferredLanguages } from "@/lib/validation/registration";

type Props = { serverAction: FormAction; slug: string; locale: string; groupLabels: Record<string, string> };

/** Adds one invitee by hand: checked in the browser with the server's own schema, then posted. */
export function InviteeForm({ serverAction, slug, locale, groupLabels }: Props) {
  const t = useTranslations("invitations");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`errors.${key}`));
  const form = useForm<InviteeFormValues, unknown, InviteeInput>({ resolver: zodResolver(inviteeSchema), mode: "onBlur" });
  const v = state.values ?? {};
  const clientError = (field: keyof InviteeFormValues) => {
    const key = form.formState.errors[field]?.message;
    return key ? t(`errors.${key}`) : error(field);
  };
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.handleSubmit(() => startTransition(() => action(new FormData(formRef.current!))))(event);
  }
  const select = (name: "preferredLanguage" | "stakeholderGroup", options: readonly [string, string][]) => {
    const message = clientError(name);
    return (
      <div className="field">
        <label htmlFor={`invitee-${name}`}>{t(`fields.${name}`)}</label>
        <select
          id={`invitee-${name}`}
          {...form.register(name)}
          defaultValue={v[name] ?? options[0]![0]}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `invitee-${name}-error` : undefined}
        >
          {options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {message ? (
          <p id={`invitee-${name}-error`} className="field-error">
            {message}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <form ref={formRef} action={action} onSubmit={submit} className="form" noValidate key={JSON.stringify(state.values ?? {})}>
      <FormErrorSummary state={state} messageOf={(key) => t(`messages.${key}`)} fixFields={t("messages.fixErrors")} />
      <EventFields slug={slug} locale={locale} />
      <TextField
        id="invitee-name"
        label={t("fields.name")}
        required
        {...form.register("name")}
        defaultValue={v.name}
        error={clientError("name")}
      />
      <TextField
        id="invitee-email"
        type="email"
        label={t("fields.email")}
        required
        {...form.register("email")}
        defaultValue={v.email}
        error={clientError("email")}
      />
      <TextField
        id="invitee-organisation"
        label={t("fields.organisation")}
        {...form.register("organisation")}
        defaultValue={v.organisation}
        error={clientError("organisation")}
      />
      {select(
        "preferredLanguage",
        preferredLanguages.map((code) => [code, t(`languages.${code}`)]),
      )}
      {select("stakeholderGroup", [
        ["", t("fields.groupNone")],
        ...stakeholderGroups.map((g): [string, string] => [g, groupLabels[g] ?? g]),
      ])}
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("add.submit")}
        </button>
      </div>
    </form>
  );
}
