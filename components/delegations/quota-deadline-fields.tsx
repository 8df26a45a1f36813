"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/form/fields";

type Props = {
  /** Prefix of the inputs' ids (several delegations' forms share a page). */
  idPrefix: string;
  /** The form's `register` for these two fields. */
  register: (name: "quota" | "deadline") => UseFormRegisterReturn;
  defaults: { quota?: string; deadline?: string };
  errors: { quota?: string; deadline?: string };
  timeZone: string;
};

/** A delegation's quota and deadline (a wall time in the dialogue's zone), as the create and edit forms ask them. */
export function QuotaDeadlineFields({ idPrefix, register, defaults, errors, timeZone }: Props) {
  const t = useTranslations("delegationsAdmin");
  return (
    <>
      <TextField
        id={`${idPrefix}-quota`}
        label={t("fields.quota")}
        hint={t("fields.quotaHint")}
        type="number"
        min={1}
        max={500}
        step={1}
        inputMode="numeric"
        required
        {...register("quota")}
        defaultValue={defaults.quota}
        error={errors.quota}
      />
      <TextField
        id={`${idPrefix}-deadline`}
        label={t("fields.deadline")}
        hint={t("fields.deadlineHint", { zone: timeZone })}
        type="datetime-local"
        required
        {...register("deadline")}
        defaultValue={defaults.deadline}
        error={errors.deadline}
      />
    </>
  );
}
