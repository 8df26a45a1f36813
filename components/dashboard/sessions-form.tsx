"use client";

import { useTranslations } from "next-intl";
import { EventFields } from "@/components/dashboard/event-fields";
import { LanguageFieldsets } from "@/components/dashboard/language-fieldsets";
import { TextField } from "@/components/form/fields";
import { FormErrorSummary } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import { ParticipationFields } from "@/components/hybrid/participation-fields";
import type { FormAction } from "@/lib/actions";

type Props = {
  /** The server action the form posts to (a prop: client code never imports app/). */
  serverAction: FormAction;
  slug: string;
  locale: string;
  values: Record<string, string>;
  themes: { id: number; name: string }[];
  kinds: readonly string[];
  /** Confirmed seats of an existing session (0 for a new one). */
  confirmed: number;
  days: { min: string; max: string };
};

export function SessionsForm({ serverAction, slug, locale, values, themes, kinds, confirmed, days }: Props) {
  const t = useTranslations("sessionsAdmin");
  const { state, action, pending, formRef, error } = useActionForm(serverAction, (key, state) =>
    t(`validation.${key}`, { confirmed: state.values?.confirmed ?? String(confirmed) }),
  );
  const v = state.values ? { ...state.values } : values;
  const checked = (name: string) => (state.values ? state.values[name] === "on" : values[name] === "on");
  const described = (field: string) => (error(field) ? { "aria-invalid": true, "aria-describedby": `field-${field}-error` } : {});
  const errorText = (field: string) =>
    error(field) ? (
      <p id={`field-${field}-error`} className="field-error">
        {error(field)}
      </p>
    ) : null;
  const formKey = JSON.stringify(state.values ?? {});
  return (
    <form ref={formRef} action={action} className="form" noValidate key={formKey}>
      <FormErrorSummary
        state={state}
        messageOf={(key) => t(`messages.${key}`, { confirmed: state.values?.confirmed ?? String(confirmed) })}
        fixFields={t("messages.fixErrors")}
      />
      <EventFields slug={slug} locale={locale} id={v.id} />
      <LanguageFieldsets>
        {(suffix, required) => (
          <>
            <TextField
              name={`title${suffix}`}
              label={t("form.title")}
              defaultValue={v[`title${suffix}`] ?? ""}
              required={required}
              error={error(`title${suffix}`)}
            />
            <div className="field">
              <label htmlFor={`field-description${suffix}`}>{t("form.description")}</label>
              <textarea
                id={`field-description${suffix}`}
                name={`description${suffix}`}
                defaultValue={v[`description${suffix}`] ?? ""}
                {...described(`description${suffix}`)}
              />
              {errorText(`description${suffix}`)}
            </div>
          </>
        )}
      </LanguageFieldsets>
      <TextField
        name="sessionSlug"
        label={t("form.slug")}
        hint={t("form.slugHint")}
        defaultValue={v.sessionSlug ?? ""}
        required
        error={error("sessionSlug")}
      />
      <div className="field">
        <label htmlFor="field-themeId">{t("form.theme")}</label>
        <select id="field-themeId" name="themeId" defaultValue={v.themeId ?? ""} {...described("themeId")}>
          <option value="">{t("form.noTheme")}</option>
          {themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}
            </option>
          ))}
        </select>
        {errorText("themeId")}
      </div>
      <div className="field">
        <label htmlFor="field-kind">{t("form.kind")}</label>
        <select id="field-kind" name="kind" defaultValue={v.kind ?? "panel"} {...described("kind")}>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
        {errorText("kind")}
      </div>
      <TextField name="room" label={t("form.room")} defaultValue={v.room ?? ""} required error={error("room")} />
      <TextField
        name="day"
        type="date"
        label={t("form.day")}
        min={days.min}
        max={days.max}
        defaultValue={v.day ?? days.min}
        required
        error={error("day")}
      />
      <TextField name="start" type="time" label={t("form.start")} defaultValue={v.start ?? ""} required error={error("start")} />
      <TextField name="end" type="time" label={t("form.end")} defaultValue={v.end ?? ""} required error={error("end")} />
      <TextField
        name="capacity"
        type="number"
        inputMode="numeric"
        min={0}
        label={t("form.capacity")}
        hint={confirmed > 0 ? t("form.capacityHintConfirmed", { confirmed }) : t("form.capacityHint")}
        defaultValue={v.capacity ?? ""}
        error={error("capacity")}
      />
      {confirmed > 0 ? (
        <div className="field">
          <label>
            <input type="checkbox" name="moveToWaitlist" defaultChecked={checked("moveToWaitlist")} /> {t("form.moveToWaitlist")}
          </label>
        </div>
      ) : null}
      <div className="field">
        <label>
          <input type="checkbox" name="isStreamed" defaultChecked={checked("isStreamed")} /> {t("form.isStreamed")}
        </label>
      </div>
      <TextField
        name="streamUrl"
        type="url"
        label={t("form.streamUrl")}
        hint={t("form.streamUrlHint")}
        defaultValue={v.streamUrl ?? ""}
        error={error("streamUrl")}
      />
      <div className="field">
        <label>
          <input type="checkbox" name="walkIns" defaultChecked={checked("walkIns")} aria-describedby="session-walk-ins-hint" />{" "}
          {t("form.walkIns")}
        </label>
        <span id="session-walk-ins-hint" className="hint">
          {t("form.walkInsHint")}
        </span>
      </div>
      <ParticipationFields scope="session" values={v} error={error} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("form.save")}
        </button>
      </div>
    </form>
  );
}
