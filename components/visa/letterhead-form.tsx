"use client";

import { useTranslations } from "next-intl";
import { EventFields } from "@/components/dashboard/event-fields";
import { FileField, TextField } from "@/components/form/fields";
import { FormMessage } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";

type Props = {
  serverAction: FormAction;
  slug: string;
  locale: string;
  values: { issuingBody: string; signatoryName: string; signatoryTitle: string } | null;
  hasLogo: boolean;
};

/** The dialogue's letterhead for visa letters; the logo is checked by its bytes on the server. */
export function LetterheadForm({ serverAction, slug, locale, values, hasLogo }: Props) {
  const t = useTranslations("visa");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) =>
    t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid"),
  );
  const typed = state.values ?? values ?? { issuingBody: "", signatoryName: "", signatoryTitle: "" };
  const logoError = error("logo");
  const text = (name: "issuingBody" | "signatoryName" | "signatoryTitle", hint?: string) => (
    <TextField
      type="text"
      name={name}
      label={t(`letterhead.${name}`)}
      hint={hint}
      required
      defaultValue={typed[name as keyof typeof typed]}
      error={error(name)}
    />
  );
  return (
    <form ref={formRef} action={action} className="form" encType="multipart/form-data" noValidate key={JSON.stringify(state.values ?? {})}>
      <FormMessage tone="error" text={state.message ? t(`messages.${state.message}`) : undefined} />
      <EventFields slug={slug} locale={locale} />
      {text("issuingBody", t("letterhead.issuingBodyHint"))}
      {text("signatoryName")}
      {text("signatoryTitle")}
      <FileField
        id="letterhead-logo"
        name="logo"
        label={t("letterhead.logo")}
        hint={`${hasLogo ? t("letterhead.currentLogo") : t("letterhead.noLogo")} ${t("letterhead.logoHint")}`}
        accept="image/png,image/jpeg"
        error={logoError}
      />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("letterhead.save")}
        </button>
      </div>
    </form>
  );
}
