import { z } from "zod";
import { badgeRole, stakeholderGroup } from "@/db/schema/enums";
import { locales } from "@/db/schema/localized";
import { MAX_DATABASE_ID } from "@/lib/validation/text";

const id = z.coerce.number().int().positive().max(MAX_DATABASE_ID);

/**
 * Which badges to print, as the badges page (and the registration page's "Print badge" link) puts
 * it in the download's query: everyone confirmed, one delegation, one stakeholder group or one
 * registration; the layout; and the one language of the labels (role, group, country) for the
 * whole batch. The route parses it again on the server, whatever the link said.
 */
const badgeLayouts = ["a4", "a6"] as const;
const common = {
  layout: z.enum(badgeLayouts).default("a4"),
  language: z.enum(locales),
};
export const badgeQuerySchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("all"), ...common }),
  z.object({ scope: z.literal("delegation"), delegation: id, ...common }),
  z.object({ scope: z.literal("group"), group: z.enum(stakeholderGroup.enumValues), ...common }),
  z.object({ scope: z.literal("registration"), registration: id, ...common }),
]);
export type BadgeQuery = z.output<typeof badgeQuerySchema>;
/** Which badges, without how they print (each member of the union keeps its own field). */
export type BadgeSelection = BadgeQuery extends infer Q ? (Q extends unknown ? Omit<Q, "layout" | "language"> : never) : never;

/** The role form of a registration's page: a role, or "" for none. */
export const badgeRoleSchema = z.object({
  id,
  badgeRole: z
    .union([z.literal(""), z.enum(badgeRole.enumValues)], { error: "badgeRole" })
    .transform((value) => (value === "" ? null : value)),
});

/** The photo form: the file is judged by its bytes (lib/uploads/check.ts), never its name or type. */
export const badgePhotoSchema = z.object({ id, photo: z.instanceof(File, { error: "photoRequired" }) });

/** Removing the photo: which registration. */
export const registrationIdSchema = z.object({ id });
