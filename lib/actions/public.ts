import "server-only";
import type { z } from "zod";
import { type FormContext, type FormOptions, formAction } from "./form-action";
import type { ActionState, FormAction } from "./state";

/** An action anyone may post (sign in, register, lost link): validated input, nothing else to check. */
export function publicAction<Z extends z.ZodType>(
  schema: Z,
  run: (data: z.output<Z>, context: FormContext) => Promise<ActionState>,
  options: FormOptions<z.output<Z>> = {},
): FormAction {
  return formAction<Z, Record<never, never>, Record<never, never>>(schema, run, {}, options);
}
