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

/** A registration's badge (role and photo), on its page; a fresh confirmed registration each time. */
const badgeFile = "app/[locale]/dashboard/events/[slug]/registrations/[id]/actions.ts";
const context = { slug: seeded.cartagena.slug, locale: "en" };

export const actions: ActionCase[] = [
  { file: badgeFile, name: "setBadgeRoleAction", allowed: managers, form: { ...context, id: "{{registrationId}}", badgeRole: "speaker" } },
  // No photo yet: the allowed roles get "noPhoto", nothing changes.
  { file: badgeFile, name: "removeBadgePhotoAction", allowed: managers, form: { ...context, id: "{{registrationId}}" } },
  // No file posted: the allowed roles get a field error ("photoRequired"), nothing is stored.
  { file: badgeFile, name: "uploadBadgePhotoAction", allowed: managers, form: { ...context, id: "{{registrationId}}" } },
];
