"use client";

import { useTranslations } from "next-intl";
import { EventFields } from "@/components/dashboard/event-fields";
import { FileField } from "@/components/form/fields";
import { FormMessage } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { ActionState, FormAction } from "@/lib/actions";

type Common = { slug: string; locale: string; id: number };

function Outcome({ state }: { state: ActionState }) {
  const t = useTranslations("badges");
  const text = state.message ? t(`messages.${state.message}`) : state.errors ? t("messages.fixErrors") : undefined;
  return <FormMessage tone={state.ok ? "success" : "error"} text={text} />;
}

/** The role a badge prints besides head of delegation: speaker, organiser, press or none. */
export function BadgeRoleForm({ serverAction, role, ...fields }: Common & { serverAction: FormAction; role: string | null }) {
  const t = useTranslations("badges");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`errors.${key}`));
  const roleError = error("badgeRole");
  return (
    <form ref={formRef} action={action} className="form" noValidate>
      <Outcome state={state} />
      <EventFields {...fields} />
      <div className="field">
        <label htmlFor="badge-role">{t("detail.role")}</label>
        <select
          id="badge-role"
          name="badgeRole"
          defaultValue={role ?? ""}
          aria-invalid={roleError ? true : undefined}
          aria-describedby={roleError ? "badge-role-error" : undefined}
        >
          <option value="">{t("detail.noRole")}</option>
          {(["speaker", "organiser", "press"] as const).map((value) => (
            <option key={value} value={value}>
              {t(`roles.${value}`)}
            </option>
          ))}
        </select>
        {roleError ? (
          <p id="badge-role-error" className="field-error">
            {roleError}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button secondary" disabled={pending}>
          {t("detail.saveRole")}
        </button>
      </div>
    </form>
  );
}

/** Uploads (or replaces) the badge photo; the server checks and re-encodes it. */
export function BadgePhotoForm({ serverAction, ...fields }: Common & { serverAction: FormAction }) {
  const t = useTranslations("badges");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`errors.${key}`));
  return (
    <form ref={formRef} action={action} className="form" encType="multipart/form-data" noValidate>
      <Outcome state={state} />
      <EventFields {...fields} />
      <FileField
        id="badge-photo"
        name="photo"
        label={t("detail.photo")}
        hint={t("detail.photoHint")}
        accept="image/jpeg,image/png"
        error={error("photo")}
      />
      <div>
        <button type="submit" className="button secondary" disabled={pending}>
          {t("detail.uploadPhoto")}
        </button>
      </div>
    </form>
  );
}

/** Deletes the badge photo (the stored file, not only the link to it). */
export function RemoveBadgePhotoForm({ serverAction, ...fields }: Common & { serverAction: FormAction }) {
  const t = useTranslations("badges");
  const { state, action, pending, formRef } = useActionForm(serverAction, (key) => t(`errors.${key}`));
  return (
    <form ref={formRef} action={action}>
      <Outcome state={state} />
      <EventFields {...fields} />
      <button type="submit" className="button danger small" disabled={pending}>
        {t("detail.removePhoto")}
      </button>
    </form>
  );
}
