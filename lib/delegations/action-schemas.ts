import "@/lib/validation/zod-without-eval";
import { z } from "zod";
import { MAX_DATABASE_ID } from "@/lib/validation/text";
import { delegationSchema } from "./delegation-schema";

/** The organisers' delegation forms besides the create form (delegation-schema.ts). Errors: keys of `delegationsAdmin.errors`. */
export const delegationIdSchema = z.object({ id: z.coerce.number().int().positive().max(MAX_DATABASE_ID) });

/** A new quota and deadline, as the browser checks them (the same rules as at creation; the id is a hidden field). */
export const delegationEditFieldsSchema = delegationSchema.pick({ quota: true, deadline: true });
export type DelegationEditValues = z.input<typeof delegationEditFieldsSchema>;
export type DelegationEditInput = z.output<typeof delegationEditFieldsSchema>;

/** The same for the server, with the delegation's id. */
export const delegationEditSchema = delegationEditFieldsSchema.extend(delegationIdSchema.shape);
export type DelegationFormValues = z.input<typeof delegationSchema>;
export type DelegationFormInput = z.output<typeof delegationSchema>;
