import { seeded } from "../seeded";
import type { ActionCase, PageCase } from "./types";

/**
 * Pages of one record (a registration, session or theme), which need an id from the database:
 * the placeholders give them one (see ./index.ts).
 */
const event = `/dashboard/events/${seeded.cartagena.slug}`;
const managers: PageCase["allowed"] = ["admin", "organiser"];

export const pages: PageCase[] = [
  { path: `/en${event}/registrations/{{registrationId}}`, allowed: managers },
  { path: `/es${event}/registrations/{{registrationId}}/edit`, allowed: managers },
  { path: `/en${event}/sessions/{{sessionId}}`, allowed: managers },
  { path: `/fr${event}/themes/{{themeId}}`, allowed: managers },
  { path: `/en${event}/questions/{{questionId}}`, allowed: managers },
  { path: `/pt${event}/mailings/{{mailingId}}`, allowed: managers },
];

export const actions: ActionCase[] = [];
