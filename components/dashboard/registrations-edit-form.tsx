"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { editRegistrationAction } from "@/app/[locale]/dashboard/events/[slug]/registrations/actions";
import { FormMessage } from "@/components/form/form-message";
import { TextField } from "@/components/form/text-field";
import { useFocusFirstError } from "@/components/form/use-focus-first-error";
import type { ActionState } from "@/lib/actions";

type Props = { slug: string; locale: string; id: number; values: Record<string, string>; groups: readonly string[] };

const textFields = ["honorific", "givenName", "familyName", "email", "phone", "organisation", "position", "countryCode", "represents", "preferredLanguage"] as const;

export function RegistrationsEditForm({ slug, locale, id, values, groups }: Props) {
  const t = useTranslations("registrations");
  const [state, action, pending] = useActionState<ActionState, FormData>(editRegistrationAction, { ok: false });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const current = { ...values, ...state.values };
  const error = (field: string) => {
    const key = state.errors?.[field]?.[0];
    return key ? t(`validation.${key}`) : undefined;
  };
  const groupError = error("stakeholderGroup");
  return (
    <form ref={formRef} action={action} className="form" noValidate>
      <FormMessage tone="error" text={state.message ? t(`decisions.${state.message}`) : state.errors ? t("edit.fixErrors") : undefined} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      {textFields.map((field) => (
        <TextField
          key={`${field}-${String(state.values?.[field] ?? "")}`}
          name={field}
          type={field === "email" ? "email" : "text"}
          label={t(`fields.${field}`)}
          hint={field === "countryCode" ? t("edit.countryHint") : undefined}
          defaultValue={current[field] ?? ""}
          required={!["honorific", "phone"].includes(field)}
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
            <option key={g} value={g}>{t(`groups.${g}`)}</option>
          ))}
        </select>
        {groupError ? <p id="field-stakeholderGroup-error" className="field-error">{groupError}</p> : null}
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>{t("edit.save")}</button>
      </div>
    </form>
  );
}
