import "./zod-without-eval";
import { z } from "zod";
import { isCountryCode } from "@/lib/registration/countries";
import { stakeholderGroups } from "@/lib/registration/options";
import { checkVisaRequest, visaRequestFields, visaRequestOf } from "@/lib/visa/request-schema";
import { isPlainText, PLAIN_TEXT_ERROR, type PlainTextKind } from "./plain-text";
import { CONTROL_CHARACTERS_ERROR, hasNoControlCharacters, hasNoControlCharactersInNote, MAX_DATABASE_ID } from "./text";

/**
 * The registration form, shared by the browser (react-hook-form's zodResolver) and the server
 * action, which parses again whatever the browser did. Errors are message keys of the namespace
 * `registration.errors`, translated where they are shown.
 *
 * Phone numbers: the browser checks their shape only; the server checks them for real with
 * libphonenumber's metadata (lib/validation/registration-server.ts), which would add ~40 KiB of
 * JavaScript to a page delegates often open on a slow link.
 */
export type PhoneRule = {
  isValid(phone: string, countryCode: string): boolean;
  normalise(phone: string, countryCode: string): string;
};

/** Digits with the usual separators, optionally international: the shape of a phone number. */
const plausiblePhone: PhoneRule = {
  isValid: (phone) => /^\+?[0-9][0-9 ().\-/]{5,30}$/.test(phone) && phone.replace(/\D/g, "").length >= 6,
  normalise: (phone) => phone,
};

export const honorifics = ["ms", "mr", "mx", "dr", "prof", "excellency"] as const;
export const preferredLanguages = ["en", "es", "pt", "fr"] as const;

const MAX_SESSIONS = 30;
const TEXT_MAX = 200;
const NOTE_MAX = 1000;

const requiredText = (max = TEXT_MAX) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: "tooLong" })
    .refine(hasNoControlCharacters, { error: CONTROL_CHARACTERS_ERROR });

/** Required plain words: no links, email addresses or control characters (see ./plain-text). */
const plainText = (max: number, kind: PlainTextKind) =>
  // Control characters already have their own message (requiredText): one message per problem.
  requiredText(max).refine((value) => !hasNoControlCharacters(value) || isPlainText(value, kind), { error: PLAIN_TEXT_ERROR });

const optionalText = (max: number, allowed = hasNoControlCharacters) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .refine(allowed, { error: CONTROL_CHARACTERS_ERROR })
    .optional()
    .transform((value) => (value ? value : undefined));

/** A checkbox: "on" (or "true") when ticked, absent or false otherwise. */
const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

/** Session ids from a group of checkboxes: absent, one value or many. */
const sessionIds = z
  .preprocess(
    (value) => (value === undefined || value === false || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(
      z.coerce
        .number({ error: "sessions" })
        .int({ error: "sessions" })
        .positive({ error: "sessions" })
        .max(MAX_DATABASE_ID, { error: "sessions" }),
      {
        error: "sessions",
      },
    ),
  )
  .pipe(z.array(z.number()).max(MAX_SESSIONS, { error: "tooManySessions" }))
  .transform((ids) => [...new Set(ids)]);

export function buildRegistrationSchema(phoneRule: PhoneRule) {
  return z
    .object({
      submissionKey: z.uuid({ error: "tryAgain" }),
      honorific: z
        .enum([...honorifics, ""], { error: "choose" })
        .optional()
        .transform((value) => (value ? value : undefined)),
      givenName: plainText(100, "name"),
      familyName: plainText(100, "name"),
      email: z
        .string({ error: "required" })
        .trim()
        .min(1, { error: "required" })
        .max(254, { error: "tooLong" })
        .pipe(z.email({ error: "email" })),
      phone: optionalText(40),
      organisation: plainText(TEXT_MAX, "text"),
      position: plainText(TEXT_MAX, "text"),
      stakeholderGroup: z.enum(stakeholderGroups, { error: "choose" }),
      countryCode: z
        .string({ error: "choose" })
        .trim()
        .toUpperCase()
        .refine((code) => isCountryCode(code), { error: "choose" }),
      represents: plainText(TEXT_MAX, "text"),
      preferredLanguage: z.enum(preferredLanguages, { error: "choose" }),
      accessibilityNeeds: optionalText(NOTE_MAX, hasNoControlCharactersInNote),
      dietaryRequirements: optionalText(NOTE_MAX, hasNoControlCharactersInNote),
      specialDataConsent: checkbox,
      privacyConsent: checkbox.refine((ticked) => ticked, { error: "privacyRequired" }),
      sessionIds,
      /** In person or remote: asked (and required) only where the dialogue is hybrid; the server decides otherwise. */
      attendance: z
        .enum(["in_person", "remote", ""], { error: "choose" })
        .optional()
        .transform((value) => (value ? value : undefined)),
      ...visaRequestFields,
    })
    .superRefine((value, ctx) => {
      checkVisaRequest(value, ctx);
      if (value.phone && !phoneRule.isValid(value.phone, value.countryCode)) {
        ctx.addIssue({ code: "custom", path: ["phone"], message: "phone" });
      }
      if ((value.accessibilityNeeds || value.dietaryRequirements) && !value.specialDataConsent) {
        ctx.addIssue({ code: "custom", path: ["specialDataConsent"], message: "specialConsentRequired" });
      }
    })
    .transform((value) => ({
      ...value,
      phone: value.phone ? phoneRule.normalise(value.phone, value.countryCode) : undefined,
      // Special-category data is kept only with its own consent, and the consent only with data.
      accessibilityNeeds: value.specialDataConsent ? value.accessibilityNeeds : undefined,
      dietaryRequirements: value.specialDataConsent ? value.dietaryRequirements : undefined,
      // Passport data only with the visa section's own consent (lib/visa/request-schema.ts).
      visa: visaRequestOf(value),
    }));
}

/** The form's schema in the browser (phone shape only); the server uses registrationServerSchema. */
export const registrationSchema = buildRegistrationSchema(plausiblePhone);

export type RegistrationInput = z.output<typeof registrationSchema>;
/** What the form holds before parsing (strings and checkbox values). */
export type RegistrationFormValues = z.input<typeof registrationSchema>;

/** Form data (several values for the session checkboxes) as the plain object the schema reads. */
export function formDataToRegistration(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    // Session ids and the boxes of a multiple-choice question (`q<id>`) come several at once.
    values[key] = key === "sessionIds" || (/^q\d+$/.test(key) && all.length > 1) ? all : all[0];
  }
  return values;
}
