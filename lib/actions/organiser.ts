import "server-only";
import { z } from "zod";
import type { Database } from "@/db/client";
import { mayOpenDialogue } from "@/lib/auth/dialogue-scope";
import { currentUser, type SessionUser } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/roles";
import { findEvent } from "@/lib/dashboard/event";
import { getDb } from "@/lib/database";
import { type FormContext, type FormOptions, formAction, refuse } from "./form-action";
import type { ActionState, FormAction } from "./state";

type OrganiserContext = FormContext & { user: SessionUser };
type DashboardEvent = NonNullable<Awaited<ReturnType<typeof findEvent>>>;
export type EventContext = OrganiserContext & { event: DashboardEvent };

/** The session is checked on the server for every post: a page-level check does not protect an action. */
async function signedIn(roles: readonly Role[]): Promise<{ user: SessionUser }> {
  const user = await currentUser();
  if (!user) refuse("signInRequired");
  if (!roles.includes(user.role)) refuse("forbidden");
  return { user };
}

/** An action of the dashboard that concerns no one event (accounts, outbox): signed in with one of `roles`. */
export function organiserAction<Z extends z.ZodType>(
  roles: readonly Role[],
  schema: Z,
  run: (data: z.output<Z>, context: OrganiserContext) => Promise<ActionState>,
  options: FormOptions<z.output<Z>> = {},
): FormAction {
  return formAction<Z, { user: SessionUser }, Record<never, never>>(schema, run, { before: () => signedIn(roles) }, options);
}

/** Every event form posts the event's slug (a hidden field), the one the organiser works in. */
const eventField = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/) });

type EventOptions<D> = FormOptions<D> & {
  /** Whether the row the input names (a registration, a session) is the event's: another event's id is "notFound". */
  ownedBy?: (db: Database, eventId: number, data: D) => Promise<boolean>;
  /** The message when the event is gone (default "notFound"). */
  missingEvent?: string;
  /** Whether the action may change an archived dialogue (its status, a clone of it); by default archived is read-only. */
  whenArchived?: "allow";
};

/**
 * An action on one event: signed in with one of `roles`, the event resolved once from the posted
 * slug (`context.event`), and, with `ownedBy`, rows of other events refused. An archived event
 * refuses every change ("archived") unless `whenArchived: "allow"`.
 */
export function eventAction<Z extends z.ZodType>(
  roles: readonly Role[],
  schema: Z,
  run: (data: z.output<Z> & { slug: string }, context: EventContext) => Promise<ActionState>,
  options: EventOptions<z.output<Z> & { slug: string }> = {},
): FormAction {
  return formAction<ReturnType<typeof schema.and<typeof eventField>>, { user: SessionUser }, { event: DashboardEvent }>(
    schema.and(eventField),
    run,
    {
      before: async (form) => {
        const caller = await signedIn(roles);
        // Another dialogue's caller is refused for who they are, like a wrong role: before the
        // input is read, so its validation tells them nothing (checked again on the parsed slug).
        const slug = form.formData.get("slug");
        const event = typeof slug === "string" ? await findEvent(getDb(), slug) : null;
        if (event && !(await mayOpenDialogue(getDb(), caller.user, event.id))) refuse("forbidden");
        return caller;
      },
      resolve: async (data, { user }) => {
        const db = getDb();
        const event = await findEvent(db, data.slug);
        if (!event) refuse(options.missingEvent ?? "notFound");
        // An account limited to some dialogues may not act on the others.
        if (!(await mayOpenDialogue(db, user, event.id))) refuse("forbidden");
        // Read-only here, on the server, whatever page the post came from (a tab left open before archiving).
        if (event.status === "archived" && options.whenArchived !== "allow") refuse("archived");
        if (options.ownedBy && !(await options.ownedBy(db, event.id, data))) refuse("notFound");
        return { event };
      },
    },
    options,
  );
}
