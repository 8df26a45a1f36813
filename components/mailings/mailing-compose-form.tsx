"use client";

import { useTranslations } from "next-intl";
import { EventFields } from "@/components/dashboard/event-fields";
import { LanguageFieldsets } from "@/components/dashboard/language-fieldsets";
import { TextAreaField, TextField } from "@/components/form/fields";
import { FormErrorSummary } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";

/** One audience filter as the server page made it: its field name, label and choices, already in words. */
export type AudienceFilter = { name: string; label: string; options: { value: string; label: string }[] };

/** The placeholders' own braces, given as values so that the message catalogue does not read them as arguments. */
const placeholderWords = { name: "{name}", manageLink: "{manageLink}", sessions: "{sessions}" };

/** Compose a mailing: who receives it, and a subject and message per language (English required). */
export function MailingComposeForm({
  serverAction,
  slug,
  locale,
  filters,
  values,
}: {
  serverAction: FormAction;
  slug: string;
  locale: string;
  filters: AudienceFilter[];
  values: Record<string, string>;
}) {
  const t = useTranslations("mailings");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`validation.${key}`, placeholderWords));
  const v = state.values ?? values;
  const errorId = (field: string) => (error(field) ? `mailing-${field}-error` : undefined);
  return (
    <form ref={formRef} action={action} className="form" noValidate key={JSON.stringify(state.values ?? {})}>
      <FormErrorSummary state={state} messageOf={(key) => t(`messages.${key}`)} fixFields={t("messages.fixErrors")} />
      <EventFields slug={slug} locale={locale} />
      <input type="hidden" name="key" value={v.key ?? ""} />
      {error("key") ? <p className="field-error">{error("key")}</p> : null}
      <fieldset>
        <legend>{t("audience.legend")}</legend>
        <p className="hint">{t("audience.hint")}</p>
        {filters.map((filter) => (
          <div className="field" key={filter.name}>
            <label htmlFor={`mailing-${filter.name}`}>{filter.label}</label>
            <select
              id={`mailing-${filter.name}`}
              name={filter.name}
              defaultValue={v[filter.name] ?? ""}
              aria-invalid={error(filter.name) ? true : undefined}
              aria-describedby={errorId(filter.name)}
            >
              <option value="">{t("audience.any")}</option>
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            {error(filter.name) ? (
              <p id={`mailing-${filter.name}-error`} className="field-error">
                {error(filter.name)}
              </p>
            ) : null}
          </div>
        ))}
      </fieldset>
      <p className="hint">{t("compose.languageHint")}</p>
      <p className="hint">{t("compose.placeholdersHint", placeholderWords)}</p>
      <LanguageFieldsets englishOnly>
        {(suffix, required) => (
          <>
            <TextField
              name={`subject${suffix}`}
              id={`mailing-subject${suffix}`}
              label={t("compose.subject")}
              defaultValue={v[`subject${suffix}`] ?? ""}
              required={required}
              error={error(`subject${suffix}`)}
            />
            <TextAreaField
              name={`body${suffix}`}
              id={`mailing-body${suffix}`}
              label={t("compose.body")}
              rows={8}
              required={required}
              defaultValue={v[`body${suffix}`] ?? ""}
              error={error(`body${suffix}`)}
            />
          </>
        )}
      </LanguageFieldsets>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("compose.preview")}
        </button>
      </div>
    </form>
  );
}
