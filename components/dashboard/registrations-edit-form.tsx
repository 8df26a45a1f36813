"use client";

import { useTranslations } from "next-intl";
import { EventFields } from "@/components/dashboard/event-fields";
import { TextField } from "@/components/form/fields";
import { FormErrorSummary } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import { QuestionFields } from "@/components/registration/question-fields";
import type { FormAction } from "@/lib/actions";
import type { FormQuestion } from "@/lib/questions/form-questions";
import type { CountryGroups } from "@/lib/registration/countries";

/** The choices of the delegate's own form, as [value, label in the organiser's language]. */
export type EditChoices = {
  honorific: [string, string][];
  preferredLanguage: [string, string][];
  countryGroups: Record<keyof CountryGroups, string>;
};

type Props = {
  serverAction: FormAction;
  slug: string;
  locale: string;
  id: number;
  values: Record<string, string>;
  groups: readonly string[];
  choices: EditChoices;
  /** The dialogue's questions and this registration's answers (`q<id>` → values). */
  questions: FormQuestion[];
  answers: Record<string, string[]>;
  countries: CountryGroups;
};

const textFields = ["givenName", "familyName", "email", "phone", "organisation", "position", "countryCode", "represents"] as const;

export function RegistrationsEditForm({ serverAction, slug, locale, id, values, groups, choices, questions, answers, countries }: Props) {
  const t = useTranslations("registrations");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`validation.${key}`));
  const current = { ...values, ...state.values };
  const groupError = error("stakeholderGroup");
  return (
    <form ref={formRef} action={action} className="form" noValidate>
      <FormErrorSummary state={state} messageOf={(key) => t(`decisions.${key}`)} fixFields={t("edit.fixErrors")} />
      <EventFields slug={slug} locale={locale} id={id} />
      <ChoiceField
        name="honorific"
        label={t("fields.honorific")}
        value={current.honorific ?? ""}
        options={[["", "—"], ...choices.honorific]}
        error={error("honorific")}
      />
      {textFields.map((field) => (
        <TextField
          key={`${field}-${String(state.values?.[field] ?? "")}`}
          name={field}
          type={field === "email" ? "email" : "text"}
          label={t(`fields.${field}`)}
          hint={field === "countryCode" ? t("edit.countryHint") : undefined}
          defaultValue={current[field] ?? ""}
          required={field !== "phone"}
          error={error(field)}
        />
      ))}
      <div className="field">
        <label htmlFor="field-stakeholderGroup">{t("fields.stakeholderGroup")}</label>
        <select
          id="field-stakeholderGroup"
          name="stakeholderGroup"
          defaultValue={current.stakeholderGroup}
          aria-invalid={groupError ? true : undefined}
          aria-describedby={groupError ? "field-stakeholderGroup-error" : undefined}
        >
          {groups.map((g) => (
            <option key={g} value={g}>
              {t(`groups.${g}`)}
            </option>
          ))}
        </select>
        {groupError ? (
          <p id="field-stakeholderGroup-error" className="field-error">
            {groupError}
          </p>
        ) : null}
      </div>
      <ChoiceField
        name="preferredLanguage"
        label={t("fields.preferredLanguage")}
        value={current.preferredLanguage ?? ""}
        options={choices.preferredLanguage}
        error={error("preferredLanguage")}
      />
      <QuestionFields
        legend={t("answers.title")}
        questions={questions}
        countries={countries}
        field={(name) => ({ name, defaultValue: state.values?.[name] ?? answers[name]?.[0], error: error(name) })}
        chosen={(name) => (state.values?.[name] ? [state.values[name]] : (answers[name] ?? []))}
        texts={{ choose: "—", yes: t("answers.yes"), no: t("answers.no"), countryGroups: choices.countryGroups }}
      />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("edit.save")}
        </button>
      </div>
    </form>
  );
}

function ChoiceField({
  name,
  label,
  value,
  options,
  error,
}: {
  name: string;
  label: string;
  value: string;
  options: [string, string][];
  error?: string;
}) {
  const id = `field-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        key={value}
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
