import { z } from "zod";
import { stakeholderGroup } from "@/db/schema/enums";
import { isCountryCode } from "@/lib/registration/countries";
import { isPlainText, PLAIN_TEXT_ERROR, type PlainTextKind } from "@/lib/validation/plain-text";
import { honorifics, preferredLanguages } from "@/lib/validation/registration";
import { serverPhoneRule } from "@/lib/validation/registration-server";
import { CONTROL_CHARACTERS_ERROR, hasNoControlCharacters, hasNoControlCharactersInNote } from "@/lib/validation/text";

const required = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: "tooLong" })
    .refine(hasNoControlCharacters, { error: CONTROL_CHARACTERS_ERROR });
/** The delegate form's rule: plain words, no links, email addresses or control characters. */
const plain = (max: number, kind: PlainTextKind) =>
  required(max).refine((value) => !hasNoControlCharacters(value) || isPlainText(value, kind), { error: PLAIN_TEXT_ERROR });
const optional = (max: number, allowed = hasNoControlCharacters) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .refine(allowed, { error: CONTROL_CHARACTERS_ERROR })
    .nullish()
    .transform((value) => (value ? value : null));

/**
 * What an organiser may correct: personal and professional fields, held to the same rules as the
 * delegate's own form (the honorific and language lists, a real country, a real phone number),
 * so a correction can never store what registering would refuse.
 */
export const registrationEditSchema = z
  .object({
    id: z.coerce.number().int().positive(),
    honorific: z
      .enum([...honorifics, ""], { error: "choose" })
      .nullish()
      .transform((value) => value || null),
    givenName: plain(100, "name"),
    familyName: plain(100, "name"),
    email: z
      .string()
      .trim()
      .max(254, { error: "tooLong" })
      .pipe(z.email({ error: "email" })),
    phone: optional(40),
    organisation: plain(200, "text"),
    position: plain(200, "text"),
    stakeholderGroup: z.enum(stakeholderGroup.enumValues, { error: "required" }),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .refine((code) => isCountryCode(code), { error: "country" }),
    represents: plain(200, "text"),
    preferredLanguage: z.enum(preferredLanguages, { error: "choose" }),
  })
  .superRefine((value, ctx) => {
    if (value.phone && !serverPhoneRule.isValid(value.phone, value.countryCode)) {
      ctx.addIssue({ code: "custom", path: ["phone"], message: "phone" });
    }
  })
  .transform((value) => ({ ...value, phone: value.phone ? serverPhoneRule.normalise(value.phone, value.countryCode) : null }));

export type RegistrationEdit = z.output<typeof registrationEditSchema>;

export const decisionSchema = z.object({
  id: z.coerce.number().int().positive(),
  reason: z
    .string()
    .trim()
    .max(1000, { error: "tooLong" })
    .refine(hasNoControlCharactersInNote, { error: CONTROL_CHARACTERS_ERROR })
    .optional()
    .transform((value) => (value ? value : null)),
});

/** Cancelling frees seats and emails the delegate: the organiser ticks a box to confirm. */
export const cancelSchema = decisionSchema.extend({
  confirm: z.literal("on", { error: "confirmRequired" }),
});

export const declineSchema = z.object({
  id: z.coerce.number().int().positive(),
  reason: z.string().trim().min(1, { error: "reasonRequired" }).max(1000, { error: "tooLong" }),
});
