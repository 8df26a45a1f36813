"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, FileField, TABLE_FILE_TYPES } from "@/components/form/fields";
import { FormMessage } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions/state";

type Props = { serverAction: FormAction; token: string; locale: string; quota: number };
type RowError = { row: number; field: string; error: string };

/** The members' file: every member registers, or none and each bad row is listed by number and field. */
export function MemberImportForm({ serverAction, token, locale, quota }: Props) {
  const t = useTranslations("focalPoint");
  const tr = useTranslations("registration");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`import.errors.${key}`));
  const words = (key: string) =>
    t.has(`import.errors.${key}`)
      ? t(`import.errors.${key}`, { quota })
      : tr.has(`errors.${key}`)
        ? tr(`errors.${key}`)
        : tr.has(`messages.${key}`)
          ? tr(`messages.${key}`, { minutes: 1 })
          : tr("errors.invalid");
  const fieldName = (field: string) => (tr.has(`fields.${field}`) ? tr(`fields.${field}`) : field);
  const sayRow = (row: RowError) =>
    row.field === "file" ? words(row.error) : t("import.rowError", { row: row.row, field: fieldName(row.field), error: words(row.error) });
  return (
    <form ref={formRef} action={action} className="form" encType="multipart/form-data">
      <FormMessage tone="error" text={state.message ? words(state.message) : state.errors ? t("import.fix") : undefined} />
      {state.rowErrors?.length ? (
        <ul className="field-error" aria-label={t("import.errors.importRefused")}>
          {state.rowErrors.map((row) => (
            <li key={`${row.row}-${row.field}`}>{sayRow(row)}</li>
          ))}
        </ul>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <FileField id="members-file" name="file" label={t("import.file")} accept={TABLE_FILE_TYPES} required error={error("file")} />
      <CheckboxField name="consent" label={t("import.consent")} error={error("consent")} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("import.submit")}
        </button>
      </div>
    </form>
  );
}
