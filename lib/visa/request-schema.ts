import "@/lib/validation/zod-without-eval";
import { z } from "zod";
import { isCountryCode } from "@/lib/registration/countries";

/**
 * The registration form's optional "I need a visa invitation letter" section, shared by the
 * browser and the server (no server imports). Passport data is special: it is kept only when the
 * delegate ticks the section's own consent, and only what a letter needs. Errors are message keys
 * of `registration.errors`. That the passport outlives the dialogue is checked on the server, which
 * knows the dialogue (`passportExpiresInTime`).
 */

/** Passport numbers are letters and digits (ICAO 9303: up to 9 in the machine-readable zone, some countries more). */
const PASSPORT = /^[A-Z0-9]{5,20}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Nobody this old holds a passport; a year before it is a typing slip. */
const OLDEST_YEAR = 1900;

export type VisaRequestInput = {
  passportNumber: string;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  passportExpiry: string;
};

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not). */
function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => value ?? "");

const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

/** The section's fields, spread into the registration schema's object. */
export const visaRequestFields = {
  visaRequested: checkbox,
  visaConsent: checkbox,
  // Spaces and dashes as printed in some passports are dropped; letters are compared upper-case.
  passportNumber: text(40)
    .transform((value) => value.replace(/[\s-]/g, ""))
    // Only plain ASCII is upper-cased: "ß" must not become a valid "SS".
    .transform((value) => (/^[A-Za-z0-9]*$/.test(value) ? value.toUpperCase() : value)),
  nationality: text(2).transform((value) => value.toUpperCase()),
  dateOfBirth: text(10),
  passportExpiry: text(10),
};

type VisaFields = { [K in keyof typeof visaRequestFields]: z.output<(typeof visaRequestFields)[K]> };

/** Adds the section's issues (call it from the registration schema's superRefine). */
export function checkVisaRequest(value: VisaFields, ctx: z.RefinementCtx, today: string = new Date().toISOString().slice(0, 10)): void {
  const anyField = value.passportNumber || value.nationality || value.dateOfBirth || value.passportExpiry;
  if (!value.visaRequested && !anyField) return;
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  // Nothing is stored without the consent: ask for it rather than drop what was typed.
  if (!value.visaConsent) issue("visaConsent", "visaConsentRequired");
  if (!value.passportNumber) issue("passportNumber", "required");
  else if (!PASSPORT.test(value.passportNumber)) issue("passportNumber", "passportNumber");
  if (!isCountryCode(value.nationality)) issue("nationality", "choose");
  if (!value.dateOfBirth) issue("dateOfBirth", "required");
  else if (!isIsoDay(value.dateOfBirth) || value.dateOfBirth < `${OLDEST_YEAR}-01-01` || value.dateOfBirth >= today) {
    issue("dateOfBirth", "dateOfBirth");
  }
  if (!value.passportExpiry) issue("passportExpiry", "required");
  else if (!isIsoDay(value.passportExpiry) || value.passportExpiry <= today) issue("passportExpiry", "passportExpired");
}

/** The request to store, or null: only a requested section with its consent ever yields one. */
export function visaRequestOf(value: VisaFields): VisaRequestInput | null {
  if (!value.visaRequested || !value.visaConsent) return null;
  const { passportNumber, nationality, dateOfBirth, passportExpiry } = value;
  return { passportNumber, nationality, dateOfBirth, passportExpiry };
}

/** The passport must still be valid after the dialogue's last day (consulates ask for more; this is the floor). */
export function passportExpiresInTime(request: VisaRequestInput | null, dialogueEndDate: string): boolean {
  return !request || request.passportExpiry > dialogueEndDate;
}
