import { z } from "zod";
import { stakeholderGroup } from "@/db/schema/enums";

const required = (max: number) => z.string().trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : null));

/** What an organiser may correct on a registration: personal and professional fields. */
export const registrationEditSchema = z.object({
  id: z.coerce.number().int().positive(),
  honorific: optional(40),
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
    .regex(/^[A-Za-z]{2}$/, { error: "country" })
    .transform((code) => code.toUpperCase()),
  represents: required(200),
  preferredLanguage: required(40),
});

export type RegistrationEdit = z.output<typeof registrationEditSchema>;

export const decisionSchema = z.object({
  id: z.coerce.number().int().positive(),
  reason: z.string().trim().max(1000, { error: "tooLong" }).optional().transform((value) => (value ? value : null)),
});

export const declineSchema = z.object({
  id: z.coerce.number().int().positive(),
  reason: z.string().trim().min(1, { error: "reasonRequired" }).max(1000, { error: "tooLong" }),
});
