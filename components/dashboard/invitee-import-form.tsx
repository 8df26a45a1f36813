"use client";

import { useTranslations } from "next-intl";
import { EventFields } from "@/components/dashboard/event-fields";
import { FileField, TABLE_FILE_TYPES } from "@/components/form/fields";
import { FormMessage } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";

type Props = { serverAction: FormAction; slug: string; locale: string };

/** Uploads a CSV or XLSX list; a refused file comes back with every bad row named, and nothing imported. */
export function InviteeImportForm({ serverAction, slug, locale }: Props) {
  const t = useTranslations("invitations");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`errors.${key}`));
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
      <FileField id="invitee-file" name="file" label={t("fields.file")} accept={TABLE_FILE_TYPES} required error={error("file")} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("import.submit")}
        </button>
      </div>
    </form>
  );
}
