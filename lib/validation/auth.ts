import { z } from "zod";
import { CONTROL_CHARACTERS_ERROR, hasNoControlCharacters } from "./text";

/**
 * Error messages are message keys (namespace `auth.validation`), translated where they are shown,
 * so that one schema serves the client and the server in every language.
 */
export const emailField = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, { error: "required" }).max(200, { error: "tooLong" }),
});

/** A person's name as an organiser account shows it. */
export const personName = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .max(120, { error: "tooLong" })
  .refine(hasNoControlCharacters, { error: CONTROL_CHARACTERS_ERROR });

export const newPasswordFields = z.object({
  password: z.string().min(12, { error: "passwordLength" }).max(200, { error: "tooLong" }),
  confirm: z.string(),
});

export const setupSchema = z
  .object({
    token: z.string().min(20).max(100),
    name: personName,
    email: emailField,
  })
  .and(newPasswordFields)
  .refine((v) => v.password === v.confirm, { error: "passwordsDiffer", path: ["confirm"] });
