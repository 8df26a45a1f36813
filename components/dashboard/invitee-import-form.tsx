"use client";

import { useTranslations } from "next-intl";
import { EventFields } from "@/components/dashboard/event-fields";
import { FormMessage } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";

type Props = { serverAction: FormAction; slug: string; locale: string };

/** Uploads a CSV or XLSX list; a refused file comes back with every bad row named, and nothing imported. */
export function InviteeImportForm({ serverAction, slug, locale }: Props) {
  const t = useTranslations("invitations");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`errors.${key}`));
  const fileError = error("file");
  const rowError = (row: { row: number; field: string; error: string }) =>
    row.field === "file"
      ? t("import.fileError", { error: t(`errors.${row.error}`) })
      : t("import.rowError", { row: row.row, field: t(`fields.${row.field}`), error: t(`errors.${row.error}`) });
  return (
    <form ref={formRef} action={action} className="form" encType="multipart/form-data">
      <FormMessage tone="error" text={state.message ? t(`messages.${state.message}`) : undefined} />
      {state.rowErrors?.length ? (
        <ul className="field-error" aria-label={t("messages.importRefused")}>
          {state.rowErrors.map((row) => (
            <li key={`${row.row}-${row.field}`}>{rowError(row)}</li>
          ))}
        </ul>
      ) : null}
      <EventFields slug={slug} locale={locale} />
      <div className="field">
        <label htmlFor="invitee-file">{t("fields.file")}</label>
        <input
          id="invitee-file"
          type="file"
          name="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "invitee-file-error" : undefined}
        />
        {fileError ? (
          <p id="invitee-file-error" className="field-error">
            {fileError}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("import.submit")}
        </button>
      </div>
    </form>
  );
}
