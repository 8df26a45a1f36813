import "@/lib/validation/zod-without-eval";
import { z } from "zod";
import { MAX_DATABASE_ID } from "@/lib/validation/text";
import { delegationSchema } from "./delegation-schema";

/** The organisers' delegation forms besides the create form (delegation-schema.ts). Errors: keys of `delegationsAdmin.errors`. */
export const delegationIdSchema = z.object({ id: z.coerce.number().int().positive().max(MAX_DATABASE_ID) });

/** A new quota and deadline for one delegation (the same rules as at creation). */
export const delegationEditSchema = delegationSchema.pick({ quota: true, deadline: true }).extend(delegationIdSchema.shape);
export type DelegationEditValues = z.input<typeof delegationEditSchema>;
export type DelegationEditInput = z.output<typeof delegationEditSchema>;
export type DelegationFormValues = z.input<typeof delegationSchema>;
export type DelegationFormInput = z.output<typeof delegationSchema>;
