/**
 * Message files live in messages/<locale>/<namespace>.json, one file per area of the app, so that
 * work on one area never edits another's file. Every locale has every namespace (a unit test checks
 * that every key exists in every locale).
 */
export const namespaces = [
  "common",
  "home",
  "auth",
  "event",
  "programme",
  "registration",
  "privacy",
  "emails",
  "dashboard",
  "accounts",
  "admin",
  "registrations",
  "sessionsAdmin",
  "checkin",
  "checkinOffline",
  "exports",
  "eventSettings",
  "questions",
  "dialogues",
  "invitations",
  "mailings",
  "delegationsAdmin",
  "focalPoint",
  "badges",
  "visa",
  "certificates",
  "hybrid",
] as const;
export type Namespace = (typeof namespaces)[number];
