import { z } from "zod";
import { stakeholderGroup } from "@/db/schema/enums";
import { isCountryCode } from "@/lib/registration/countries";
import { honorifics, preferredLanguages } from "@/lib/validation/registration";
import { serverPhoneRule } from "@/lib/validation/registration-server";
import { CONTROL_CHARACTERS_ERROR, hasNoControlCharacters, hasNoControlCharactersInNote } from "@/lib/validation/text";

const required = (max: number) =>
  z.string().trim().min(1, { error: "required" }).max(max, { error: "tooLong" }).refine(hasNoControlCharacters, { error: CONTROL_CHARACTERS_ERROR });
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
    givenName: required(100),
    familyName: required(100),
    email: z.string().trim().max(254, { error: "tooLong" }).pipe(z.email({ error: "email" })),
    phone: optional(40),
    organisation: required(200),
    position: required(200),
    stakeholderGroup: z.enum(stakeholderGroup.enumValues, { error: "required" }),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .refine((code) => isCountryCode(code), { error: "country" }),
    represents: required(200),
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
  reason: z.string().trim().max(1000, { error: "tooLong" }).refine(hasNoControlCharactersInNote, { error: CONTROL_CHARACTERS_ERROR }).optional().transform((value) => (value ? value : null)),
});

/** Cancelling frees seats and emails the delegate: the organiser ticks a box to confirm. */
export const cancelSchema = decisionSchema.extend({
  confirm: z.literal("on", { error: "confirmRequired" }),
});

export const declineSchema = z.object({
  id: z.coerce.number().int().positive(),
  reason: z.string().trim().min(1, { error: "reasonRequired" }).max(1000, { error: "tooLong" }),
});
