"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";
import { ATTENDANCE_MODES } from "@/lib/hybrid/modes";

/** "In person or remote?" on the registration form of a hybrid dialogue (a required choice). */
export function AttendanceChoice({
  inputProps,
  chosen,
  error,
}: {
  /** Extra props for each radio (react-hook-form's `register`). */
  inputProps: InputHTMLAttributes<HTMLInputElement>;
  chosen?: string;
  error?: string;
}) {
  const t = useTranslations("hybrid");
  return (
    <fieldset aria-describedby={error ? "attendance-error attendance-hint" : "attendance-hint"} aria-invalid={error ? true : undefined}>
      <legend>{t("choiceLegend")}</legend>
      <p id="attendance-hint" className="hint">
        {t("choiceHint")}
      </p>
      {error ? (
        <p id="attendance-error" className="field-error">
          {error}
        </p>
      ) : null}
      {ATTENDANCE_MODES.map((mode) => (
        <div key={mode} className="field checkbox">
          <input type="radio" id={`attendance-${mode}`} value={mode} defaultChecked={chosen === mode} required {...inputProps} />
          <label htmlFor={`attendance-${mode}`}>{t(`choices.${mode}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
