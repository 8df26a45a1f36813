import { seeded } from "../seeded";
import type { ActionCase, PageCase } from "./types";

/**
 * Visa letters hold passport data: administrators only. Organisers and check-in staff get 403 on
 * the page and "forbidden" from every action (the letter's download route: e2e/visa-letters.spec.ts).
 */
const event = `/dashboard/events/${seeded.cartagena.slug}`;
const admins: PageCase["allowed"] = ["admin"];
const file = "app/[locale]/dashboard/events/[slug]/visa/actions.ts";
// A request that exists nowhere: the administrator gets "notFound" and nothing shared changes.
const missing = { slug: seeded.cartagena.slug, locale: "en", id: "999999999" };

export const pages: PageCase[] = [
  { path: `/en${event}/visa`, allowed: admins },
  { path: `/fr${event}/visa?done=issued`, allowed: admins },
];

export const actions: ActionCase[] = [
  { file, name: "issueVisaLetterAction", allowed: admins, form: missing },
  { file, name: "emailVisaLetterAction", allowed: admins, form: missing },
  {
    // Another dialogue's slug that does not exist: the administrator gets "notFound", no letterhead changes.
    file,
    name: "saveLetterheadAction",
    allowed: admins,
    form: { slug: "no-such-dialogue", locale: "en", issuingBody: "Matrix", signatoryName: "Matrix", signatoryTitle: "Matrix" },
  },
];
