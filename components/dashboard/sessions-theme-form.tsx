"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EventFields } from "@/components/dashboard/event-fields";
import { LanguageFieldsets } from "@/components/dashboard/language-fieldsets";
import { TextAreaField, TextField } from "@/components/form/fields";
import { FormErrorSummary, FormMessage } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import type { ActionState, FormAction } from "@/lib/actions";

/** Create or edit a theme (or pillar) in every language. */
export function SessionsThemeForm({
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
  const t = useTranslations("sessionsAdmin");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`validation.${key}`, { confirmed: "" }));
  const v = state.values ?? values;
  return (
    <form ref={formRef} action={action} className="form" noValidate key={JSON.stringify(state.values ?? {})}>
      <FormErrorSummary
        state={state}
        messageOf={(key) => t(`messages.${key}`, { confirmed: "", active: "" })}
        fixFields={t("messages.fixErrors")}
      />
      <EventFields slug={slug} locale={locale} id={v.id} />
      <LanguageFieldsets>
        {(suffix, required) => (
          <>
            <TextField
              name={`name${suffix}`}
              id={`theme-name${suffix}`}
              label={t("themes.name")}
              defaultValue={v[`name${suffix}`] ?? ""}
              required={required}
              error={error(`name${suffix}`)}
            />
            <TextAreaField
              name={`description${suffix}`}
              id={`theme-description${suffix}`}
              label={t("form.description")}
              defaultValue={v[`description${suffix}`] ?? ""}
            />
          </>
        )}
      </LanguageFieldsets>
      <TextField
        name="themeSlug"
        id="theme-slug"
        label={t("form.slug")}
        hint={t("form.slugHint")}
        defaultValue={v.themeSlug ?? ""}
        required
        error={error("themeSlug")}
      />
      <TextField
        name="position"
        id="theme-position"
        type="number"
        min={0}
        label={t("themes.position")}
        defaultValue={v.position ?? "0"}
        required
        error={error("position")}
      />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("form.save")}
        </button>
      </div>
    </form>
  );
}

export function SessionsThemeDelete({
  serverAction,
  slug,
  locale,
  id,
  sessionCount,
}: {
  serverAction: FormAction;
  slug: string;
  locale: string;
  id: number;
  sessionCount: number;
}) {
  const t = useTranslations("sessionsAdmin");
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, { ok: false }, useFormPermalink());
  return (
    <form action={action} className="card stack">
      <h2>{t("themes.deleteTitle")}</h2>
      <FormMessage tone="error" text={state.message ? t(`messages.${state.message}`, { confirmed: "", active: "" }) : undefined} />
      <p>{t("themes.deleteHint", { count: sessionCount })}</p>
      <EventFields slug={slug} locale={locale} id={id} />
      <div>
        <button type="submit" className="button danger" disabled={pending}>
          {t("delete.submit")}
        </button>
      </div>
    </form>
  );
}
