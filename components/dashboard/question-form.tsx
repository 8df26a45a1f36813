"use client";

import { useTranslations } from "next-intl";
import { EventFields } from "@/components/dashboard/event-fields";
import { LanguageFieldsets } from "@/components/dashboard/language-fieldsets";
import { TextAreaField, TextField } from "@/components/form/fields";
import { FormErrorSummary } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";
import { questionKinds } from "@/lib/questions/editor-schema";

/** Add or edit one registration question: its kind, whether it is required, its label and options per language. */
export function QuestionForm({
  serverAction,
  slug,
  locale,
  values,
}: {
  serverAction: FormAction;
  slug: string;
  locale: string;
  values: Record<string, string>;
}) {
  const t = useTranslations("questions");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`validation.${key}`));
  const v = state.values ?? values;
  const errorId = (field: string) => (error(field) ? `question-${field}-error` : undefined);
  return (
    <form ref={formRef} action={action} className="form" noValidate key={JSON.stringify(state.values ?? {})}>
      <FormErrorSummary state={state} messageOf={(key) => t(`messages.${key}`)} fixFields={t("messages.fixErrors")} />
      <EventFields slug={slug} locale={locale} id={v.id} />
      <div className="field">
        <label htmlFor="question-kind">{t("form.kind")}</label>
        <select
          id="question-kind"
          name="kind"
          defaultValue={v.kind ?? "short_text"}
          aria-invalid={error("kind") ? true : undefined}
          aria-describedby={errorId("kind")}
        >
          {questionKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
        {error("kind") ? (
          <p id="question-kind-error" className="field-error">
            {error("kind")}
          </p>
        ) : null}
      </div>
      <label>
        <input type="checkbox" name="required" defaultChecked={v.required === "on"} /> {t("form.required")}
      </label>
      <p className="hint">{t("form.optionsHint")}</p>
      <LanguageFieldsets englishOnly>
        {(suffix, required) => (
          <>
            <TextField
              name={`label${suffix}`}
              id={`question-label${suffix}`}
              label={t("form.label")}
              defaultValue={v[`label${suffix}`] ?? ""}
              required={required}
              error={error(`label${suffix}`)}
            />
            <TextAreaField
              name={`options${suffix}`}
              id={`question-options${suffix}`}
              label={t("form.options")}
              rows={4}
              defaultValue={v[`options${suffix}`] ?? ""}
              error={error(`options${suffix}`)}
            />
          </>
        )}
      </LanguageFieldsets>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {v.id ? t("form.save") : t("form.add")}
        </button>
      </div>
    </form>
  );
}
