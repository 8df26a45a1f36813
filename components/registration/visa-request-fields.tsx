"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextField } from "@/components/form/fields";
import type { CountryGroups } from "@/lib/registration/countries";

type FieldName = "visaRequested" | "visaConsent" | "passportNumber" | "nationality" | "dateOfBirth" | "passportExpiry";
/** What the form gives each input: react-hook-form's registration, the value to re-fill, the translated error. */
type FieldProps = { name: string; defaultValue?: string; error?: string };

type Props = {
  field: (name: FieldName) => FieldProps;
  countries: CountryGroups;
};

/**
 * The optional "I need a visa invitation letter" section. Passport data is asked for only here,
 * behind its own consent, which says what is kept, who sees it and when it goes; the server stores
 * nothing of it without that box ticked (lib/visa/request-schema.ts).
 */
export function VisaRequestFields({ field, countries }: Props) {
  const t = useTranslations("registration");
  const nations = [...countries.eu, ...countries.celac, ...countries.other].sort((a, b) => a.name.localeCompare(b.name));
  const box = (name: "visaRequested" | "visaConsent") => {
    const { defaultValue, ...rest } = field(name);
    return { ...rest, defaultChecked: defaultValue === "on" };
  };
  return (
    <fieldset>
      <legend>{t("sections.visa")}</legend>
      <p className="hint">{t("fields.visaIntro")}</p>
      <CheckboxField label={t("fields.visaRequested")} {...box("visaRequested")} />
      <TextField
        type="text"
        label={t("fields.passportNumber")}
        hint={t("fields.passportNumberHint")}
        autoComplete="off"
        {...field("passportNumber")}
      />
      <SelectField label={t("fields.nationality")} {...field("nationality")}>
        <option value="">{t("fields.choose")}</option>
        {nations.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField type="date" label={t("fields.dateOfBirth")} autoComplete="bday" {...field("dateOfBirth")} />
      <TextField type="date" label={t("fields.passportExpiry")} hint={t("fields.passportExpiryHint")} {...field("passportExpiry")} />
      <CheckboxField label={t("fields.visaConsent")} {...box("visaConsent")} />
    </fieldset>
  );
}
