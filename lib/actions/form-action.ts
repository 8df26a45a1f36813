import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { withDatabaseOutageGuard } from "@/lib/database-outage-guard";
import { parseLocale } from "@/lib/i18n/locale";
import type { AppLocale } from "@/lib/i18n/routing";
import type { LimitResult } from "@/lib/rate-limit";
import { fieldsWithNul, withoutNul } from "@/lib/validation/form-text";
import { CONTROL_CHARACTERS_ERROR } from "@/lib/validation/text";
import { type ActionState, type FormAction, fieldErrors, isFormData } from "./state";

/** What every action knows of its post besides the parsed input. */
export type FormContext = { formData: FormData; locale: AppLocale };

export type FormOptions<D> = {
  /** Fields never echoed back in `values` (default: password, confirm). */
  secretFields?: string[];
  /** How the form becomes the schema's input (default: one string per field). */
  input?: (formData: FormData) => unknown;
  /** What a refused post gives back so the form re-fills (default: `values`, secrets left out). */
  refill?: (formData: FormData) => Partial<ActionState>;
  /** Counted for every post that parses, before any work is done; over it, "rateLimited". */
  limit?: (requestHeaders: Headers, data: D) => Promise<LimitResult>;
  /** For a form answered by a redirect (PostForm shows no state): where a refused post goes. */
  onRefused?: (state: ActionState, form: FormContext) => Promise<ActionState>;
  /** During a database outage, answer inline with "databaseUnavailable" and the refill (JavaScript forms). */
  inlineOutage?: boolean;
};

/** The wrapper-specific steps: `before` runs before the input is read (session), `resolve` after (event, token). */
type Steps<D, B, R> = {
  before?: (form: FormContext) => Promise<B>;
  resolve?: (data: D, context: FormContext & B) => Promise<R>;
};

/** Thrown by a step (or an action) to answer the form with `state` instead of going on. */
class Refusal {
  /** `refill`: the refusal is about the input, so the form comes back with what was typed. */
  constructor(
    readonly state: ActionState,
    readonly refill = false,
  ) {}
}

/** Stops the action and answers `{ ok: false, message }` (plus `extra`). */
export function refuse(message: string, extra: Omit<ActionState, "ok" | "message"> = {}): never {
  throw new Refusal({ ok: false, message, ...extra });
}

const SECRET_FIELDS = ["password", "confirm"];

function formValues(formData: FormData, omit: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION")) values[key] = withoutNul(value);
  }
  return values;
}

/**
 * The one pipeline under the three wrappers (public.ts, token.ts, organiser.ts): real form data
 * only; the wrapper's `before` check; a field holding a NUL refused as a whole; the input parsed
 * with zod on the server (whatever the client did); the rate limit; the wrapper's `resolve`; then
 * `run`. A database outage answers "try again" (database-outage-guard.ts), never a 500.
 */
export function formAction<Z extends z.ZodType, B extends object, R extends object>(
  schema: Z,
  run: (data: z.output<Z>, context: NoInfer<FormContext & B & R>) => Promise<ActionState>,
  steps: Steps<z.output<Z>, B, R>,
  options: FormOptions<z.output<Z>>,
): FormAction {
  const refill = options.refill ?? ((formData: FormData) => ({ values: formValues(formData, options.secretFields ?? SECRET_FIELDS) }));
  const action = async (_previous: unknown, formData: FormData): Promise<ActionState> => {
    if (!isFormData(formData)) return { ok: false };
    const form: FormContext = { formData, locale: parseLocale(formData.get("locale")) };
    try {
      const context = { ...form, ...((await steps.before?.(form)) as B) };
      const withNul = fieldsWithNul(formData);
      if (withNul.length > 0) {
        throw new Refusal({ ok: false, errors: Object.fromEntries(withNul.map((name) => [name, [CONTROL_CHARACTERS_ERROR]])) }, true);
      }
      const parsed = schema.safeParse((options.input ?? Object.fromEntries)(formData));
      if (!parsed.success) throw new Refusal({ ok: false, errors: fieldErrors(parsed.error) }, true);
      const allowed = options.limit ? await options.limit(await headers(), parsed.data) : { ok: true as const };
      if (!allowed.ok) {
        throw new Refusal({ ok: false, message: "rateLimited", retryAfterMinutes: Math.ceil(allowed.retryAfterSeconds / 60) }, true);
      }
      const resolved = (await steps.resolve?.(parsed.data, context)) as R;
      return await run(parsed.data, { ...context, ...resolved });
    } catch (error) {
      if (!(error instanceof Refusal)) throw error; // a redirect, or a real failure
      // Input refusals re-fill the form (also without JavaScript); a caller refused for who they
      // are (no session, wrong role, dead link) gets the bare refusal and nothing echoed back.
      const state = error.refill ? { ...refill(formData), ...error.state } : error.state;
      return options.onRefused ? options.onRefused(state, form) : state;
    }
  };
  const inline = options.inlineOutage
    ? (_previous: unknown, formData: FormData): ActionState => ({ ok: false, message: "databaseUnavailable", ...refill(formData) })
    : undefined;
  return withDatabaseOutageGuard(action, inline);
}
