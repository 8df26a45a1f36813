"use client";

import { useTranslations } from "next-intl";
import { EventFields } from "@/components/dashboard/event-fields";
import { TextField } from "@/components/form/fields";
import { FormErrorSummary } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormAction } from "@/lib/actions";

/** An error key, or `key:count` for a message that says how many (e.g. sessions outside new dates). */
function useDialogueMessage() {
  const t = useTranslations("dialogues");
  return (key: string) => {
    const [name, count] = key.split(":");
    return count === undefined ? t(`validation.${name}`) : t(`validation.${name}`, { count: Number(count) });
  };
}

/** A new dialogue (with its registration settings) or an existing one's details. */
export function DialogueForm({
  serverAction,
  slug,
  locale,
  timeZones,
  values,
}: {
  serverAction: FormAction;
  /** The dialogue being edited; none for a new one. */
  slug?: string;
  locale: string;
  timeZones: string[];
  values: Record<string, string>;
}) {
  const t = useTranslations("dialogues");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, useDialogueMessage());
  const v = state.values ?? values;
  const field = (name: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    // The label is looked up only when the caller gives none (a missing key would be logged).
    <TextField
      name={name}
      id={`dialogue-${name}`}
      defaultValue={v[name] ?? ""}
      error={error(name)}
      {...extra}
      label={extra.label ?? t(name)}
    />
  );
  return (
    <form ref={formRef} action={action} className="form" noValidate key={JSON.stringify(state.values ?? {})}>
      <FormErrorSummary state={state} messageOf={(key) => t(`messages.${key}`)} fixFields={t("messages.fixErrors")} />
      {slug ? <EventFields slug={slug} locale={locale} /> : <input type="hidden" name="locale" value={locale} />}
      <fieldset>
        <legend>{t("names")}</legend>
        {field("titleEn", { required: true, lang: "en" })}
        {field("titleEs", { required: true, lang: "es" })}
        {field("titlePt", { lang: "pt" })}
        {field("titleFr", { lang: "fr" })}
        {field("summaryEn", { lang: "en" })}
        {field("summaryEs", { lang: "es" })}
        {field("summaryPt", { lang: "pt" })}
        {field("summaryFr", { lang: "fr" })}
      </fieldset>
      <fieldset>
        <legend>{t("place")}</legend>
        {field("dialogueSlug", { required: true, hint: t("slugHint") })}
        {field("city", { required: true })}
        {field("countryCode", { required: true, hint: t("countryHint"), maxLength: 2 })}
        {field("venue", { required: true, hint: t("venueHint") })}
        {field("timeZone", { required: true, hint: t("timeZoneHint"), list: "dialogue-time-zones", autoComplete: "off" })}
        <datalist id="dialogue-time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        {field("startDate", { type: "date", required: true })}
        {field("endDate", { type: "date", required: true })}
        {slug ? (
          <div className="field checkbox">
            <input type="checkbox" id="dialogue-shift" name="shiftSessions" defaultChecked={v.shiftSessions === "on"} />
            <label htmlFor="dialogue-shift">{t("shiftSessions")}</label>
          </div>
        ) : null}
      </fieldset>
      {slug ? null : (
        <fieldset>
          <legend>{t("registration")}</legend>
          {field("registrationOpensAt", { type: "datetime-local", label: t("opensAt"), hint: t("windowHint") })}
          {field("registrationClosesAt", { type: "datetime-local", label: t("closesAt"), hint: t("windowHint") })}
          {field("capacity", { type: "number", min: 1 })}
          <div className="field checkbox">
            <input type="checkbox" id="dialogue-approval" name="requiresApproval" defaultChecked={v.requiresApproval === "on"} />
            <label htmlFor="dialogue-approval">{t("requiresApproval")}</label>
          </div>
          {field("contactEmail", { type: "email" })}
          {field("holdMinutes", { type: "number", min: 5, max: 10080, defaultValue: v.holdMinutes ?? "30" })}
        </fieldset>
      )}
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t(slug ? "save" : "create")}
        </button>
      </div>
    </form>
  );
}

/** Copies the dialogue into a new draft on new dates, optionally in another zone. */
export function CloneDialogueForm({ serverAction, slug, locale }: { serverAction: FormAction; slug: string; locale: string }) {
  const t = useTranslations("dialogues");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, useDialogueMessage());
  const v = state.values ?? {};
  return (
    <form ref={formRef} action={action} className="form" noValidate key={JSON.stringify(state.values ?? {})}>
      <FormErrorSummary state={state} messageOf={(key) => t(`messages.${key}`)} fixFields={t("messages.fixErrors")} />
      <EventFields slug={slug} locale={locale} />
      <TextField
        name="newSlug"
        id="clone-slug"
        label={t("newSlug")}
        hint={t("slugHint")}
        required
        defaultValue={v.newSlug ?? ""}
        error={error("newSlug")}
      />
      <TextField
        name="newStartDate"
        id="clone-start"
        type="date"
        label={t("newStartDate")}
        required
        defaultValue={v.newStartDate ?? ""}
        error={error("newStartDate")}
      />
      <TextField
        name="newTimeZone"
        id="clone-zone"
        label={t("newTimeZone")}
        hint={t("newTimeZoneHint")}
        list="dialogue-time-zones"
        autoComplete="off"
        defaultValue={v.newTimeZone ?? ""}
        error={error("newTimeZone")}
      />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("clone")}
        </button>
      </div>
    </form>
  );
}
