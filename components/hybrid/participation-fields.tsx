"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/form/fields";
import { PARTICIPATION_MODES } from "@/lib/hybrid/modes";

/**
 * The participation settings of a dialogue (mode, remote places, private link) or of one session
 * (mode, or "as the dialogue", and its own link), inside the organisers' existing forms.
 */
export function ParticipationFields({
  scope,
  values,
  error,
}: {
  scope: "dialogue" | "session";
  values: Record<string, string | undefined>;
  error: (field: string) => string | undefined;
}) {
  const t = useTranslations("hybrid");
  const dialogue = scope === "dialogue";
  return (
    <fieldset>
      <legend>{t("legend")}</legend>
      <SelectField
        name="participationMode"
        label={t(dialogue ? "mode" : "sessionMode")}
        hint={dialogue ? t("modeHint") : undefined}
        defaultValue={values.participationMode ?? (dialogue ? "in_person" : "")}
        error={error("participationMode")}
      >
        {dialogue ? null : <option value="">{t("sessionModeInherit")}</option>}
        {PARTICIPATION_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(`modes.${mode}`)}
          </option>
        ))}
      </SelectField>
      {dialogue ? (
        <TextField
          type="number"
          min={1}
          name="remoteCapacity"
          label={t("remoteCapacity")}
          hint={t("remoteCapacityHint")}
          defaultValue={values.remoteCapacity ?? ""}
          error={error("remoteCapacity")}
        />
      ) : null}
      <TextField
        type="url"
        name="remoteLink"
        label={t("remoteLink")}
        hint={dialogue ? t("remoteLinkHint") : `${t("remoteLinkHint")} ${t("sessionRemoteLinkHint")}`}
        defaultValue={values.remoteLink ?? ""}
        error={error("remoteLink")}
        autoComplete="off"
      />
    </fieldset>
  );
}
