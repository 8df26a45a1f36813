/**
 * One way to write a server action: `publicAction`, `tokenAction` or `organiserAction`/`eventAction`,
 * all over one pipeline (form-action.ts) that returns `ActionState`. Home-made rather than
 * next-safe-action 8: our forms post FormData through useActionState and must work without
 * JavaScript (`values` re-fill, redirect answers), and the NUL refusal, rate limits and database
 * outage guard wrap the whole call; next-safe-action's result shape ({ data, validationErrors,
 * serverError }) would change every form for ~100 lines of code we would still have to write.
 */
import "server-only";

export type { FormContext } from "./form-action";
export { type EventContext, eventAction, organiserAction } from "./organiser";
export { publicAction } from "./public";
export type { ActionState, FormAction } from "./state";
export { DEAD_LINK, tokenAction } from "./token";
