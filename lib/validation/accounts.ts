import { z } from "zod";
import { locales } from "@/db/schema/localized";
import { roles } from "@/lib/auth/roles";
import { emailField, newPasswordFields, personName } from "./auth";

/** Error messages are keys of the `accounts.validation` messages. */
const token = z.string().min(20).max(100);
const userId = z.coerce.number().int().positive();
const role = z.enum(roles, { error: "invalid" });

export const inviteSchema = z.object({
  email: emailField,
  role,
  locale: z.enum(locales, { error: "invalid" }),
});

export const changeRoleSchema = z.object({ userId, role });

export const setDisabledSchema = z.object({ userId, disabled: z.enum(["true", "false"]).transform((v) => v === "true") });

export const forgotPasswordSchema = z.object({ email: emailField });

const matching = (v: { password: string; confirm: string }) => v.password === v.confirm;

export const resetPasswordSchema = z
  .object({ token })
  .and(newPasswordFields)
  .refine(matching, { error: "passwordsDiffer", path: ["confirm"] });

export const acceptInvitationSchema = z
  .object({ token, name: personName })
  .and(newPasswordFields)
  .refine(matching, { error: "passwordsDiffer", path: ["confirm"] });

/** "All dialogues", or only the ticked ones (none ticked: no dialogue at all). */
export const dialogueScopeSchema = z.object({
  userId,
  scope: z.enum(["all", "some"], { error: "invalid" }),
  eventIds: z.array(z.coerce.number().int().positive()).max(1000).default([]),
});

/** The scope form posts one `eventIds` field per ticked dialogue. */
export function dialogueScopeInput(formData: FormData) {
  return { userId: formData.get("userId"), scope: formData.get("scope"), eventIds: formData.getAll("eventIds") };
}
