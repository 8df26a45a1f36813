import { seeded } from "../seeded";
import type { ActionCase, PageCase } from "./types";

/** Registrations, sessions, themes, check-in, attendance and exports (filled by that area). */
const event = `/dashboard/events/${seeded.cartagena.slug}`;
const managers: PageCase["allowed"] = ["admin", "organiser"];
const desk: PageCase["allowed"] = ["admin", "organiser", "checkin"];

export const pages: PageCase[] = [
  { path: `/en${event}/registrations`, allowed: managers },
  { path: `/es${event}/registrations?q=ana&status=confirmed&sort=name&dir=asc&page=2`, allowed: managers },
  { path: `/en${event}/sessions`, allowed: managers },
  { path: `/en${event}/sessions/new`, allowed: managers },
  { path: `/fr${event}/themes`, allowed: managers },
  { path: `/pt${event}/questions`, allowed: managers },
  { path: `/es${event}/invitations`, allowed: managers },
  { path: `/en${event}/exports`, allowed: managers },
  { path: `/fr${event}/badges`, allowed: managers },
  { path: `/en${event}/checkin`, allowed: desk },
  { path: `/pt${event}/checkin?q=ana`, allowed: desk },
  { path: `/en${event}/checkin/offline`, allowed: desk },
  { path: `/fr${event}/checkin/offline?view=kiosk`, allowed: desk },
  { path: `/en${event}/attendance`, allowed: desk },
  { path: `/pt${event}/certificates`, allowed: managers },
  { path: `/es${event}/settings`, allowed: managers },
  { path: `/en${event}/mailings`, allowed: managers },
  { path: `/fr${event}/mailings/new`, allowed: managers },
];

const registrationsFile = "app/[locale]/dashboard/events/[slug]/registrations/actions.ts";
const sessionsFile = "app/[locale]/dashboard/events/[slug]/sessions/actions.ts";
const themesFile = "app/[locale]/dashboard/events/[slug]/themes/actions.ts";
const questionsFile = "app/[locale]/dashboard/events/[slug]/questions/actions.ts";
const invitationsFile = "app/[locale]/dashboard/events/[slug]/invitations/actions.ts";
const mailingsFile = "app/[locale]/dashboard/events/[slug]/mailings/actions.ts";
const certificatesFile = "app/[locale]/dashboard/events/[slug]/certificates/actions.ts";
const context = { slug: seeded.cartagena.slug, locale: "en" };
// Ids that exist nowhere: the allowed roles get "notFound" and nothing shared with other specs changes.
const missing = "999999999";

export const actions: ActionCase[] = [
  {
    file: registrationsFile,
    name: "editRegistrationAction",
    allowed: managers,
    form: {
      ...context,
      id: "{{registrationId}}",
      givenName: "Matrix",
      familyName: "Edited",
      email: "matrix.{{unique}}@example.org",
      organisation: "Matrix Org",
      position: "Tester",
      stakeholderGroup: "other",
      countryCode: "CO",
      represents: "Colombia",
      preferredLanguage: "es",
    },
  },
  { file: registrationsFile, name: "approveAction", allowed: managers, form: { ...context, id: "{{registrationId}}" } },
  { file: registrationsFile, name: "declineAction", allowed: managers, form: { ...context, id: "{{registrationId}}", reason: "Matrix" } },
  { file: registrationsFile, name: "cancelAction", allowed: managers, form: { ...context, id: "{{registrationId}}", confirm: "on" } },
  { file: registrationsFile, name: "resendAction", allowed: managers, form: { ...context, id: "{{registrationId}}" } },
  {
    file: sessionsFile,
    name: "saveSessionAction",
    allowed: managers,
    form: {
      ...context,
      id: missing,
      sessionSlug: "matrix-session",
      titleEn: "Matrix",
      titleEs: "Matriz",
      kind: "panel",
      room: "A",
      day: "2023-11-27",
      start: "09:00",
      end: "10:00",
      capacity: "10",
    },
  },
  { file: sessionsFile, name: "deleteSessionAction", allowed: managers, form: { ...context, id: missing } },
  {
    file: themesFile,
    name: "saveThemeAction",
    allowed: managers,
    form: { ...context, id: missing, themeSlug: "matrix-theme", nameEn: "Matrix", nameEs: "Matriz", position: "9" },
  },
  { file: themesFile, name: "deleteThemeAction", allowed: managers, form: { ...context, id: missing } },
  {
    file: questionsFile,
    name: "saveQuestionAction",
    allowed: managers,
    form: { ...context, id: missing, kind: "short_text", labelEn: "Matrix" },
  },
  { file: questionsFile, name: "moveQuestionAction", allowed: managers, form: { ...context, id: missing, direction: "up" } },
  { file: questionsFile, name: "removeQuestionAction", allowed: managers, form: { ...context, id: missing } },
  // Invitations: missing ids and a dialogue that does not exist, so the allowed roles change nothing shared.
  ...(["removeInviteeAction", "resendInvitationAction"] as const).map((name) => ({
    file: invitationsFile,
    name,
    allowed: managers,
    form: { ...context, id: missing },
  })),
  ...(["sendInvitationsAction", "sendRemindersAction", "importInviteesAction"] as const).map((name) => ({
    file: invitationsFile,
    name,
    allowed: managers,
    form: { slug: "no-such-dialogue", locale: "en" },
  })),
  {
    file: invitationsFile,
    name: "addInviteeAction",
    allowed: managers,
    form: { slug: "no-such-dialogue", locale: "en", name: "Matrix Person", email: "matrix@example.org", organisation: "" },
  },
  {
    // An audience of nobody (a country no delegate comes from): the allowed roles get a field error, nothing is stored.
    file: mailingsFile,
    name: "composeMailingAction",
    allowed: managers,
    form: { ...context, key: "matrix-{{unique}}-key-0000", country: "AQ", subjectEn: "Matrix", bodyEn: "Matrix" },
  },
  { file: mailingsFile, name: "sendMailingAction", allowed: managers, form: { ...context, id: missing, confirmCount: "1" } },
  {
    // A count nobody saw: the allowed roles get "countMismatch" (or "nothingToSend"), and no certificate is queued.
    file: certificatesFile,
    name: "sendCertificatesAction",
    allowed: managers,
    form: { ...context, confirm: "on", confirmCount: "999999" },
  },
  {
    // A dialogue that does not exist: the allowed roles get "notFound" and no real settings change.
    file: "app/[locale]/dashboard/events/[slug]/settings/actions.ts",
    name: "saveEventSettingsAction",
    allowed: managers,
    form: { slug: "no-such-dialogue", locale: "en", registrationOpen: "on", status: "published" },
  },
  {
    file: "app/[locale]/dashboard/events/[slug]/checkin/actions.ts",
    name: "checkInAction",
    allowed: desk,
    form: { ...context, registrationId: "{{registrationId}}" },
  },
];
