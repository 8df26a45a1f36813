import "server-only";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { findUsableToken } from "@/lib/accounts/tokens";
import { findUsableSetupToken } from "@/lib/auth/setup-link";
import { getDb } from "@/lib/database";
import { delegationOfToken } from "@/lib/delegations/delegations";
import { findRegistrationByToken } from "@/lib/registration/manage-token";
import { type FormContext, type FormOptions, formAction, refuse } from "./form-action";
import type { ActionState, FormAction } from "./state";

/** What each kind of secret link opens; `null` when the link is dead (unknown, used, expired, erased). */
const holders = {
  registration: (db: Executor, token: string) => findRegistrationByToken(db, token),
  invitation: async (db: Executor, token: string) => {
    const usable = await findUsableToken(db, token, "invitation");
    return usable && usable.user.passwordHash === null ? usable : null;
  },
  passwordReset: async (db: Executor, token: string) => {
    const usable = await findUsableToken(db, token, "password_reset");
    return usable && usable.user.passwordHash !== null ? usable : null;
  },
  setup: (db: Executor, token: string) => findUsableSetupToken(db, token),
  /** A delegation's focal point (unknown or revoked: dead). */
  delegation: (db: Executor, token: string) => delegationOfToken(db, token),
};

type TokenKind = keyof typeof holders;
type TokenContext<K extends TokenKind> = FormContext & {
  token: string;
  holder: NonNullable<Awaited<ReturnType<(typeof holders)[K]>>>;
};

/** The form posts the link's token (a hidden field from the path); anything that cannot be one is dead. */
const tokenField = z.string().min(20).max(200);

/** The one answer to a dead link, whatever the kind and whatever made it dead. */
export const DEAD_LINK = "invalidLink";

/**
 * An action of whoever holds a secret link (manage a registration, accept an invitation, reset a
 * password, set up the first administrator): the token is parsed and the thing it names resolved
 * (`context.holder`) after the input parses and the rate limit allows, so a dead link costs one
 * indexed read and never the action's work.
 */
export function tokenAction<K extends TokenKind, Z extends z.ZodType>(
  kind: K,
  schema: Z,
  run: (data: z.output<Z>, context: TokenContext<K>) => Promise<ActionState>,
  options: FormOptions<z.output<Z>> = {},
): FormAction {
  return formAction<Z, { token: string }, { holder: TokenContext<K>["holder"] }>(
    schema,
    run,
    {
      before: async (form) => {
        const token = tokenField.safeParse(form.formData.get("token"));
        if (!token.success) refuse(DEAD_LINK);
        return { token: token.data };
      },
      resolve: async (_data, { token }) => {
        const holder = await holders[kind](getDb(), token);
        if (!holder) refuse(DEAD_LINK);
        return { holder: holder as TokenContext<K>["holder"] };
      },
    },
    options,
  );
}
