import { z } from "zod";
import { sessionKind } from "@/db/schema/enums";
import { remoteLinkField, sessionModeField } from "@/lib/hybrid/participation-schema";
import { checkbox, optionalText as optional, optionalCapacity, requiredText as required } from "./form-fields";

/** The session form (create and edit); times are wall-clock times in the event's zone. */
export const sessionFormSchema = z
  .object({
    id: z.coerce.number().int().positive().optional().catch(undefined),
    sessionSlug: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "slug" })
      .max(80, { error: "tooLong" }),
    themeId: z
      .string()
      .optional()
      .transform((value) => (value ? Number(value) : null))
      .pipe(z.number().int().positive().nullable()),
    titleEn: required(200),
    titleEs: required(200),
    titlePt: optional(200),
    titleFr: optional(200),
    descriptionEn: optional(4000),
    descriptionEs: optional(4000),
    descriptionPt: optional(4000),
    descriptionFr: optional(4000),
    kind: z.enum(sessionKind.enumValues, { error: "required" }),
    room: required(100),
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date" }),
    start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "time" }),
    end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "time" }),
    capacity: optionalCapacity(0),
    isStreamed: checkbox,
    streamUrl: z
      .string()
      .trim()
      .max(500, { error: "tooLong" })
      .optional()
      .transform((value) => (value ? value : null))
      .pipe(z.url({ protocol: /^https?$/, error: "url" }).nullable()),
    participationMode: sessionModeField,
    remoteLink: remoteLinkField,
    moveToWaitlist: checkbox,
    walkIns: checkbox,
  })
  .refine((s) => s.end > s.start, { path: ["end"], error: "endBeforeStart" });

export type SessionForm = z.output<typeof sessionFormSchema>;

export const deleteSessionSchema = z.object({
  id: z.coerce.number().int().positive(),
  cancelSignups: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});

/** The theme (or pillar) form. */
export const themeFormSchema = z.object({
  id: z.coerce.number().int().positive().optional().catch(undefined),
  themeSlug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "slug" })
    .max(80, { error: "tooLong" }),
  nameEn: required(200),
  nameEs: required(200),
  namePt: optional(200),
  nameFr: optional(200),
  descriptionEn: optional(4000),
  descriptionEs: optional(4000),
  descriptionPt: optional(4000),
  descriptionFr: optional(4000),
  position: z.coerce.number({ error: "number" }).int({ error: "number" }).min(0, { error: "number" }).max(1000, { error: "number" }),
});

export type ThemeForm = z.output<typeof themeFormSchema>;
