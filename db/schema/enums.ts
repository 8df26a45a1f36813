import { pgEnum } from "drizzle-orm/pg-core";

export const eventStatus = pgEnum("event_status", ["draft", "published", "archived"]);

export const sessionKind = pgEnum("session_kind", ["plenary", "panel", "working_group", "workshop", "roundtable", "side_event"]);

/**
 * `unconfirmed`: registered, seats held until `hold_expires_at`, address not yet confirmed by the
 * emailed link. `expired`: the hold ran out unconfirmed and its seats were given back. `pending`:
 * address confirmed, awaiting the organisers' approval. `waitlisted`: the dialogue was full; the
 * registration waits in line (arrival order = id) and holds no place or seat until promoted.
 */
export const registrationStatus = pgEnum("registration_status", [
  "pending",
  "confirmed",
  "rejected",
  "cancelled",
  "unconfirmed",
  "expired",
  "waitlisted",
]);

export const signupStatus = pgEnum("signup_status", ["confirmed", "waitlisted", "cancelled"]);

/** Stakeholder groups offered at registration (order and labels: lib/registration/options.ts, messages registration.json). */
export const stakeholderGroup = pgEnum("stakeholder_group", [
  "government_eu_institution",
  "government_eu_member_state",
  "government_lac_country",
  "international_organisation",
  "private_sector",
  "civil_society",
  "academia_research",
  "media",
  "other",
]);

/** What an event calls the strands delegates sign up by: Cartagena has themes, Santo Domingo pillars. */
export const themeTerm = pgEnum("theme_term", ["theme", "pillar"]);

export const userRole = pgEnum("user_role", ["admin", "organiser", "checkin"]);

export const tokenPurpose = pgEnum("token_purpose", ["setup", "invitation", "password_reset"]);

/** `unsent`: the outbox had no SMTP server to hand it to (SMTP_URL unset); an admin may retry it later. */
export const emailStatus = pgEnum("email_status", ["pending", "sending", "sent", "failed", "unsent"]);

/** What a custom registration question asks for; the answer's JSON type follows it (lib/questions). */
export const questionKind = pgEnum("question_kind", [
  "short_text",
  "long_text",
  "single_choice",
  "multiple_choice",
  "yes_no",
  "country",
  "date",
]);

/** A mailing is a `draft` (previewed, not sent) until it is sent, once. */
export const mailingStatus = pgEnum("mailing_status", ["draft", "sent"]);

/**
 * What a badge says a delegate does besides attending, set by organisers (null: nothing). Head of
 * delegation is not here: it comes from the delegation (`registrations.head_of_delegation`).
 */
export const badgeRole = pgEnum("badge_role", ["speaker", "organiser", "press"]);

/** How a dialogue (or one session) is attended: at the venue, through the private video link, or both. */
export const participationMode = pgEnum("participation_mode", ["in_person", "online", "hybrid"]);

/** How one delegate attends a dialogue: at the venue or remotely (through the private video link). */
export const attendanceMode = pgEnum("attendance_mode", ["in_person", "remote"]);
