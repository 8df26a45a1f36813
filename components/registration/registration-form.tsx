"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, startTransition, useActionState, useMemo, useRef } from "react";
import { useForm } from "react-hook-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { FormMessage } from "@/components/form/form-message";
import { useFocusFirstError } from "@/components/form/use-focus-first-error";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import { AttendanceChoice } from "@/components/hybrid/attendance-choice";
import type { ActionState, FormAction } from "@/lib/actions/state";
import { withAnswers } from "@/lib/questions/answers-schema";
import type { FormQuestion } from "@/lib/questions/form-questions";
import type { CountryGroups } from "@/lib/registration/countries";
import { stakeholderGroups } from "@/lib/registration/options";
import { findOverlap } from "@/lib/registration/overlap";
import type { SessionGroup } from "@/lib/registration/session-groups";
import {
  honorifics,
  preferredLanguages,
  type RegistrationFormValues,
  type RegistrationInput,
  registrationSchema,
} from "@/lib/validation/registration";
import { QuestionFields } from "./question-fields";
import { SessionPicker } from "./session-picker";
import { VisaRequestFields } from "./visa-request-fields";

type Props = {
  action: FormAction;
  eventSlug: string;
  locale: string;
  submissionKey: string;
  countries: CountryGroups;
  groups: SessionGroup[];
  /** The dialogue's own questions, in the reader's language. */
  questions: FormQuestion[];
  privacyHref: string;
  privacyVersion: string;
  /** The token of the personal invitation link the page was opened with (posted back, used up on registration). */
  invitation?: string;
  /** What the invitation knows of the delegate (name, email, organisation, group, language). */
  prefill?: Record<string, string>;
  /** Fields of the page that hosts the form (a focal point's link token, the member replaced). */
  children?: ReactNode;
  /** Values for the action's messages (e.g. the delegation's quota in "quotaFull"). */
  messageValues?: Record<string, string | number>;
  submitLabel?: string;
  /** A hybrid dialogue: the delegate must choose in person or remote (the server decides for the others). */
  askAttendance?: boolean;
};

/**
 * The registration form. With JavaScript, react-hook-form checks it with the same zod schema as the
 * server before posting; without, it is a plain form post and the server renders the errors.
 */
export function RegistrationForm(props: Props) {
  const t = useTranslations("registration");
  const [state, formAction, pending] = useActionState(props.action, { ok: false } as ActionState, useFormPermalink());
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const values = state.values ?? props.prefill ?? {};
  const chosen = state.sessionIds ?? [];
  // The same schema as the server's: the standard fields and this dialogue's questions.
  const schema = useMemo(() => {
    const base = withAnswers(registrationSchema, props.questions);
    return props.askAttendance ? base.refine((v) => v.attendance !== undefined, { path: ["attendance"], error: "choose" }) : base;
  }, [props.questions, props.askAttendance]);
  const form = useForm<RegistrationFormValues, unknown, RegistrationInput>({
    resolver: zodResolver(schema),
    mode: "onBlur",
    reValidateMode: "onChange",
  });
  const overlapTitles = useRef<[string, string] | undefined>(undefined);
  const clientErrors = form.formState.errors as Record<string, { message?: string } | undefined>;

  const errorText = (field: string) => {
    const key = clientErrors[field]?.message ?? state.errors?.[field]?.[0];
    if (!key) return undefined;
    if (key === "overlap") {
      const [a, b] = (clientErrors[field] ? overlapTitles.current : state.clash) ?? ["", ""];
      return t("errors.overlap", { a, b });
    }
    return t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid");
  };
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.handleSubmit((data) => {
      const all = props.groups.flatMap((g) => g.days.flatMap((d) => d.sessions));
      const clash = findOverlap(all.filter((s) => data.sessionIds.includes(s.id)));
      if (clash) {
        overlapTitles.current = [clash[0].title, clash[1].title];
        form.setError("sessionIds", { message: "overlap" }, { shouldFocus: false });
        document.getElementById(`session-${clash[1].id}`)?.focus();
        return;
      }
      startTransition(() => formAction(new FormData(formRef.current!)));
    })(event);
  }

  const formMessage = state.message
    ? t(`messages.${state.message}`, { minutes: state.retryAfterMinutes ?? 1, ...props.messageValues })
    : state.errors || Object.keys(clientErrors).length > 0
      ? t("messages.formHasErrors")
      : undefined;
  const common = (name: keyof RegistrationFormValues & string) => ({
    ...form.register(name),
    defaultValue: values[name],
    error: errorText(name),
  });

  return (
    <form ref={formRef} action={formAction} onSubmit={submit} className="form registration-form" noValidate>
      <FormMessage tone="error" text={formMessage} />
      <input type="hidden" name="eventSlug" value={props.eventSlug} />
      <input type="hidden" name="locale" value={props.locale} />
      {props.invitation ? <input type="hidden" name="invitation" value={props.invitation} /> : null}
      {props.children}
      <input type="hidden" {...form.register("submissionKey")} defaultValue={values.submissionKey ?? props.submissionKey} />

      <fieldset>
        <legend>{t("sections.person")}</legend>
        <SelectField label={t("fields.honorific")} {...common("honorific")}>
          <option value="">{t("fields.honorificNone")}</option>
          {honorifics.map((h) => (
            <option key={h} value={h}>
              {t(`honorifics.${h}`)}
            </option>
          ))}
        </SelectField>
        <TextField type="text" label={t("fields.givenName")} autoComplete="given-name" required {...common("givenName")} />
        <TextField type="text" label={t("fields.familyName")} autoComplete="family-name" required {...common("familyName")} />
        <TextField label={t("fields.email")} type="email" autoComplete="email" required hint={t("fields.emailHint")} {...common("email")} />
        <TextField label={t("fields.phone")} type="tel" autoComplete="tel" hint={t("fields.phoneHint")} {...common("phone")} />
      </fieldset>

      <fieldset>
        <legend>{t("sections.work")}</legend>
        <TextField type="text" label={t("fields.organisation")} autoComplete="organization" required {...common("organisation")} />
        <TextField type="text" label={t("fields.position")} autoComplete="organization-title" required {...common("position")} />
        <SelectField
          label={t("fields.stakeholderGroup")}
          required
          {...common("stakeholderGroup")}
          defaultValue={values.stakeholderGroup ?? ""}
        >
          <option value="">{t("fields.choose")}</option>
          {stakeholderGroups.map((g) => (
            <option key={g} value={g}>
              {t(`stakeholderGroups.${g}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("fields.country")} required {...common("countryCode")} defaultValue={values.countryCode ?? ""}>
          <option value="">{t("fields.choose")}</option>
          {(["eu", "celac", "other"] as const).map((group) => (
            <optgroup key={group} label={t(`countryGroups.${group}`)}>
              {props.countries[group].map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <TextField type="text" label={t("fields.represents")} hint={t("fields.representsHint")} required {...common("represents")} />
        {/* Starts empty: the language of the page is not necessarily the delegate's choice. */}
        <SelectField
          label={t("fields.preferredLanguage")}
          required
          {...common("preferredLanguage")}
          defaultValue={values.preferredLanguage ?? ""}
        >
          <option value="">{t("fields.choose")}</option>
          {preferredLanguages.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </SelectField>
      </fieldset>

      {props.askAttendance ? (
        <AttendanceChoice inputProps={form.register("attendance")} chosen={values.attendance} error={errorText("attendance")} />
      ) : null}

      <SessionPicker
        groups={props.groups}
        error={errorText("sessionIds")}
        inputProps={(id) => ({ ...form.register("sessionIds"), defaultChecked: chosen.includes(String(id)) })}
      />

      <QuestionFields
        legend={t("sections.questions")}
        questions={props.questions}
        countries={props.countries}
        field={(name) => ({
          ...form.register(name as keyof RegistrationFormValues),
          defaultValue: values[name],
          error: errorText(name),
        })}
        chosen={(name) => (values[name] ? [values[name]] : [])}
        texts={{
          choose: t("fields.choose"),
          yes: t("fields.yes"),
          no: t("fields.no"),
          countryGroups: { eu: t("countryGroups.eu"), celac: t("countryGroups.celac"), other: t("countryGroups.other") },
        }}
      />

      <fieldset>
        <legend>{t("sections.needs")}</legend>
        <p className="hint">{t("fields.needsIntro")}</p>
        <TextAreaField label={t("fields.accessibilityNeeds")} rows={2} {...common("accessibilityNeeds")} />
        <TextAreaField label={t("fields.dietaryRequirements")} rows={2} {...common("dietaryRequirements")} />
        <CheckboxField
          label={t("fields.specialDataConsent")}
          {...form.register("specialDataConsent")}
          defaultChecked={values.specialDataConsent === "on"}
          error={errorText("specialDataConsent")}
        />
      </fieldset>

      <VisaRequestFields countries={props.countries} field={common} />

      <fieldset>
        <legend>{t("sections.privacy")}</legend>
        <p>
          <a href={props.privacyHref} target="_blank" rel="noopener">
            {t("fields.privacyLink", { version: props.privacyVersion })}
          </a>
        </p>
        <CheckboxField
          label={t("fields.privacyConsent")}
          required
          {...form.register("privacyConsent")}
          defaultChecked={values.privacyConsent === "on"}
          error={errorText("privacyConsent")}
        />
      </fieldset>

      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? t("submitting") : (props.submitLabel ?? t("submit"))}
        </button>
      </div>
    </form>
  );
}
