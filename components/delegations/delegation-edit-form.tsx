"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type FormEvent, startTransition } from "react";
import { useForm } from "react-hook-form";
import { EventFields } from "@/components/dashboard/event-fields";
import { FormErrorSummary, FormMessage } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";
import { type DelegationEditInput, type DelegationEditValues, delegationEditFieldsSchema } from "@/lib/delegations/action-schemas";
import { QuotaDeadlineFields } from "./quota-deadline-fields";

type Props = {
  serverAction: FormAction;
  slug: string;
  locale: string;
  id: number;
  timeZone: string;
  /** The stored quota and deadline (a wall time in the dialogue's zone). */
  current: { quota: string; deadline: string };
};

/** A delegation's quota and deadline; a quota below the places used comes back as the quota field's error. */
export function DelegationEditForm({ serverAction, slug, locale, id, timeZone, current }: Props) {
  const t = useTranslations("delegationsAdmin");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`errors.${key}`));
  const form = useForm<DelegationEditValues, unknown, DelegationEditInput>({
    resolver: zodResolver(delegationEditFieldsSchema),
    mode: "onBlur",
  });
  const v = { ...current, ...state.values };
  const fieldError = (field: "quota" | "deadline") => {
    const key = form.formState.errors[field]?.message;
    return key ? t(`errors.${key}`) : error(field);
  };
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.handleSubmit(() => startTransition(() => action(new FormData(formRef.current!))))(event);
  }
  return (
    <form ref={formRef} action={action} onSubmit={submit} className="form" noValidate key={JSON.stringify(state.values ?? {})}>
      <FormErrorSummary state={state} messageOf={(key) => t(`messages.${key}`)} fixFields={t("messages.fixErrors")} />
      <FormMessage tone="success" text={state.ok && state.message ? t(`messages.${state.message}`) : undefined} />
      <EventFields slug={slug} locale={locale} id={id} />
      <QuotaDeadlineFields
        idPrefix={`delegation-${id}`}
        register={(name) => form.register(name)}
        defaults={v}
        errors={{ quota: fieldError("quota"), deadline: fieldError("deadline") }}
        timeZone={timeZone}
      />
      <div>
        <button type="submit" className="button secondary" disabled={pending}>
          {t("delegation.save")}
        </button>
      </div>
    </form>
  );
}
