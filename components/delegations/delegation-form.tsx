"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type FormEvent, startTransition } from "react";
import { useForm } from "react-hook-form";
import { EventFields } from "@/components/dashboard/event-fields";
import { SelectField, TextField } from "@/components/form/fields";
import { FormErrorSummary } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";
import type { DelegationFormInput, DelegationFormValues } from "@/lib/delegations/action-schemas";
import { delegationSchema } from "@/lib/delegations/delegation-schema";
import type { CountryGroups } from "@/lib/registration/countries";
import { preferredLanguages } from "@/lib/validation/registration";
import { QuotaDeadlineFields } from "./quota-deadline-fields";

type Props = {
  serverAction: FormAction;
  slug: string;
  locale: string;
  /** The dialogue's IANA zone: the deadline is typed as a wall time there. */
  timeZone: string;
  countries: CountryGroups;
  countryGroupLabels: Record<keyof CountryGroups, string>;
};

/** Creates a delegation: checked in the browser with the server's own schema, then posted (works without JavaScript too). */
export function DelegationForm({ serverAction, slug, locale, timeZone, countries, countryGroupLabels }: Props) {
  const t = useTranslations("delegationsAdmin");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`errors.${key}`));
  const form = useForm<DelegationFormValues, unknown, DelegationFormInput>({ resolver: zodResolver(delegationSchema), mode: "onBlur" });
  const v = state.values ?? {};
  const fieldError = (field: keyof DelegationFormValues) => {
    const key = form.formState.errors[field]?.message;
    return key ? t(`errors.${key}`) : error(field);
  };
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.handleSubmit(() => startTransition(() => action(new FormData(formRef.current!))))(event);
  }
  const text = (name: "name" | "focalName" | "focalEmail", extra: { type?: string; hint?: string } = {}) => (
    <TextField
      id={`delegation-${name}`}
      label={t(`fields.${name}`)}
      required
      {...extra}
      {...form.register(name)}
      defaultValue={v[name]}
      error={fieldError(name)}
    />
  );
  return (
    <form ref={formRef} action={action} onSubmit={submit} className="form" noValidate key={JSON.stringify(state.values ?? {})}>
      <FormErrorSummary state={state} messageOf={(key) => t(`messages.${key}`)} fixFields={t("messages.fixErrors")} />
      <EventFields slug={slug} locale={locale} />
      {text("name", { hint: t("fields.nameHint") })}
      <SelectField
        label={t("fields.countryCode")}
        {...form.register("countryCode")}
        defaultValue={v.countryCode ?? ""}
        error={fieldError("countryCode")}
      >
        <option value="">{t("fields.countryNone")}</option>
        {(["celac", "eu", "other"] as const).map((group) => (
          <optgroup key={group} label={countryGroupLabels[group]}>
            {countries[group].map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <QuotaDeadlineFields
        idPrefix={"delegation"}
        register={(name) => form.register(name)}
        defaults={v}
        errors={{ quota: fieldError("quota"), deadline: fieldError("deadline") }}
        timeZone={timeZone}
      />
      {text("focalName")}
      {text("focalEmail", { type: "email" })}
      <SelectField
        label={t("fields.focalLanguage")}
        {...form.register("focalLanguage")}
        defaultValue={v.focalLanguage ?? locale}
        error={fieldError("focalLanguage")}
      >
        {preferredLanguages.map((code) => (
          <option key={code} value={code}>
            {t(`languages.${code}`)}
          </option>
        ))}
      </SelectField>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("create.submit")}
        </button>
      </div>
    </form>
  );
}
