import { z } from "zod";
import { PARTICIPATION_MODES } from "./modes";

/**
 * The private video-conference link: any https address (a meeting of any provider); empty means
 * none. Kept from the public everywhere (lib/hybrid/remote-access.ts).
 */
export const remoteLinkField = z
  .string()
  .trim()
  .max(500, { error: "tooLong" })
  .optional()
  .transform((value) => value || null)
  .pipe(z.url({ protocol: /^https$/, error: "url" }).nullable());

/** The dialogue's mode; absent from a post (older forms and scripts) means unchanged. */
export const dialogueModeField = z.enum(PARTICIPATION_MODES, { error: "required" }).optional();

/** A session's mode; empty means "as the dialogue" (null). */
export const sessionModeField = z
  .enum([...PARTICIPATION_MODES, ""], { error: "required" })
  .optional()
  .transform((value) => value || null);
