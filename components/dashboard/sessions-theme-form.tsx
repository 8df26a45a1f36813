"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { FormMessage } from "@/components/form/form-message";
import { TextField } from "@/components/form/text-field";
import { useFocusFirstError } from "@/components/form/use-focus-first-error";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import type { ActionState, FormAction } from "@/lib/actions";

const languages = [
  ["En", "en"],
  ["Es", "es"],
  ["Pt", "pt"],
  ["Fr", "fr"],
] as const;

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
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, { ok: false }, useFormPermalink());
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const v = state.values ?? values;
  const error = (field: string) => {
    const key = state.errors?.[field]?.[0];
    return key ? t(`validation.${key}`, { confirmed: "" }) : undefined;
  };
  return (
    <form ref={formRef} action={action} className="form" noValidate key={JSON.stringify(state.values ?? {})}>
      <FormMessage
        tone="error"
        text={
          state.message ? t(`messages.${state.message}`, { confirmed: "", active: "" }) : state.errors ? t("messages.fixErrors") : undefined
        }
      />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      {v.id ? <input type="hidden" name="id" value={v.id} /> : null}
      {languages.map(([suffix, lang]) => (
        <fieldset key={suffix} lang={lang}>
          <legend>{t(`form.language.${lang}`)}</legend>
          <TextField
            name={`name${suffix}`}
            id={`theme-name${suffix}`}
            label={t("themes.name")}
            defaultValue={v[`name${suffix}`] ?? ""}
            required={lang === "en" || lang === "es"}
            error={error(`name${suffix}`)}
          />
          <div className="field">
            <label htmlFor={`theme-description${suffix}`}>{t("form.description")}</label>
            <textarea id={`theme-description${suffix}`} name={`description${suffix}`} defaultValue={v[`description${suffix}`] ?? ""} />
          </div>
        </fieldset>
      ))}
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
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <div>
        <button type="submit" className="button danger" disabled={pending}>
          {t("delete.submit")}
        </button>
      </div>
    </form>
  );
}
