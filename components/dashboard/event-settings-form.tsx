"use client";

import { useTranslations } from "next-intl";
import { EventFields } from "@/components/dashboard/event-fields";
import { TextField } from "@/components/form/fields";
import { FormErrorSummary } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import { ParticipationFields } from "@/components/hybrid/participation-fields";
import type { FormAction } from "@/lib/actions";

const statuses = ["draft", "published", "archived"] as const;

/** Whether and when the dialogue takes registrations, and how. */
export function EventSettingsForm({
  serverAction,
  slug,
  locale,
  zone,
  values,
}: {
  serverAction: FormAction;
  slug: string;
  locale: string;
  zone: string;
  values: Record<string, string>;
}) {
  const t = useTranslations("eventSettings");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key) => t(`validation.${key}`));
  const v = state.values ?? values;
  return (
    <form ref={formRef} action={action} className="form" noValidate key={JSON.stringify(state.values ?? {})}>
      <FormErrorSummary state={state} messageOf={(key) => t(`messages.${key}`)} fixFields={t("messages.fixErrors")} />
      <EventFields slug={slug} locale={locale} />
      <fieldset>
        <legend>{t("registration")}</legend>
        <div className="field checkbox">
          <input type="checkbox" id="settings-open" name="registrationOpen" defaultChecked={v.registrationOpen === "on"} />
          <label htmlFor="settings-open">{t("registrationOpen")}</label>
        </div>
        <TextField
          type="datetime-local"
          name="registrationOpensAt"
          id="settings-opens"
          label={t("opensAt")}
          hint={t("windowHint", { zone })}
          defaultValue={v.registrationOpensAt ?? ""}
          error={error("registrationOpensAt")}
        />
        <TextField
          type="datetime-local"
          name="registrationClosesAt"
          id="settings-closes"
          label={t("closesAt")}
          hint={t("windowHint", { zone })}
          defaultValue={v.registrationClosesAt ?? ""}
          error={error("registrationClosesAt")}
        />
        <TextField
          type="number"
          min={1}
          name="capacity"
          id="settings-capacity"
          label={t("capacity")}
          hint={t("capacityHint")}
          defaultValue={v.capacity ?? ""}
          error={error("capacity")}
        />
        <div className="field checkbox">
          <input type="checkbox" id="settings-approval" name="requiresApproval" defaultChecked={v.requiresApproval === "on"} />
          <label htmlFor="settings-approval">{t("requiresApproval")}</label>
        </div>
        <div className="field checkbox">
          <input type="checkbox" id="settings-invite-only" name="inviteOnly" defaultChecked={v.inviteOnly === "on"} />
          <label htmlFor="settings-invite-only">{t("inviteOnly")}</label>
        </div>
        <TextField
          type="number"
          min={5}
          max={10080}
          name="holdMinutes"
          id="settings-hold-minutes"
          label={t("holdMinutes")}
          hint={t("holdMinutesHint")}
          defaultValue={v.holdMinutes ?? "30"}
          error={error("holdMinutes")}
        />
        <TextField
          type="number"
          min={1}
          name="maxUnconfirmedHolds"
          id="settings-max-holds"
          label={t("maxUnconfirmedHolds")}
          hint={t("maxUnconfirmedHoldsHint")}
          defaultValue={v.maxUnconfirmedHolds ?? "100"}
          error={error("maxUnconfirmedHolds")}
        />
      </fieldset>
      <TextField
        type="url"
        name="streamUrl"
        id="settings-stream"
        label={t("streamUrl")}
        hint={t("streamHint")}
        defaultValue={v.streamUrl ?? ""}
        error={error("streamUrl")}
      />
      <ParticipationFields scope="dialogue" values={v} error={error} />
      <TextField
        type="email"
        name="contactEmail"
        id="settings-contact"
        label={t("contactEmail")}
        hint={t("contactHint")}
        defaultValue={v.contactEmail ?? ""}
        error={error("contactEmail")}
      />
      <TextField
        type="number"
        min={1}
        max={60}
        name="reminderDaysBefore"
        id="settings-reminder-days"
        label={t("reminderDaysBefore")}
        hint={t("reminderHint")}
        defaultValue={v.reminderDaysBefore ?? ""}
        error={error("reminderDaysBefore")}
      />
      <div className="field">
        <label htmlFor="settings-status">{t("status")}</label>
        <select id="settings-status" name="status" defaultValue={v.status ?? "published"}>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
