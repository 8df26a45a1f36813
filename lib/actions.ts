import "server-only";
import { z } from "zod";
import { currentUser, type SessionUser } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/roles";
import { withDatabaseOutageGuard } from "@/lib/database-outage-guard";
import { fieldsWithNul, withoutNul } from "@/lib/validation/form-text";
import { CONTROL_CHARACTERS_ERROR } from "@/lib/validation/text";

/** The one shape every server action returns to its form. Errors are message keys. */
export type ActionState = {
  ok: boolean;
  /** Field name -> message keys. */
  errors?: Record<string, string[]>;
  /** A message key for the whole form. */
  message?: string;
  /** What the user typed (never passwords), so a no-JavaScript post can re-fill the form. */
  values?: Record<string, string>;
  /** With message "rateLimited": how long to wait. */
  retryAfterMinutes?: number;
};

/**
 * A server action is a public endpoint: anyone can post it any argument list (one argument where
 * React passes two, a string where a form goes). Only real form data is a form; anything else is
 * refused by the action, not left to throw (a 500).
 */
export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
}

function formValues(formData: FormData, omit: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION")) values[key] = withoutNul(value);
  }
  return values;
}

function fieldErrors(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}

type Options = { secretFields?: string[] };

/**
 * Wraps a form action: parses the FormData with `schema` on the server (whatever the client did)
 * and returns field errors without running `run` when it does not parse.
 */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  run: (data: z.output<S>, formData: FormData) => Promise<ActionState>,
  options: Options = {},
) {
  return withDatabaseOutageGuard(async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    if (!isFormData(formData)) return { ok: false };
    const withNul = fieldsWithNul(formData);
    if (withNul.length > 0) {
      const values = formValues(formData, options.secretFields ?? ["password", "confirm"]);
      return { ok: false, errors: Object.fromEntries(withNul.map((name) => [name, [CONTROL_CHARACTERS_ERROR]])), values };
    }
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return {
        ok: false,
        errors: fieldErrors(parsed.error),
        values: formValues(formData, options.secretFields ?? ["password", "confirm"]),
      };
    }
    return run(parsed.data, formData);
  });
}

/** As `validatedAction`, but first checks on the server that the caller is signed in with a role. */
export function organiserAction<S extends z.ZodType>(
  roles: readonly Role[],
  schema: S,
  run: (data: z.output<S>, user: SessionUser, formData: FormData) => Promise<ActionState>,
  options: Options = {},
) {
  return withDatabaseOutageGuard(async (prev: ActionState, formData: FormData): Promise<ActionState> => {
    const user = await currentUser();
    if (!user) return { ok: false, message: "signInRequired" };
    if (!roles.includes(user.role)) return { ok: false, message: "forbidden" };
    return validatedAction(schema, (data, fd) => run(data, user, fd), options)(prev, formData);
  });
}
