import { relations } from "drizzle-orm";
import { events, sessions, themes } from "./events";
import { users } from "./organisers";
import { checkIns, registrations, sessionSignups } from "./registrations";

export const eventsRelations = relations(events, ({ many }) => ({
  themes: many(themes),
  sessions: many(sessions),
  registrations: many(registrations),
}));

export const themesRelations = relations(themes, ({ one, many }) => ({
  event: one(events, { fields: [themes.eventId], references: [events.id] }),
  sessions: many(sessions),
}));

export const sessionsRelations = relations(sessions, ({ one, many }) => ({
  event: one(events, { fields: [sessions.eventId], references: [events.id] }),
  theme: one(themes, { fields: [sessions.themeId], references: [themes.id] }),
  signups: many(sessionSignups),
}));

export const registrationsRelations = relations(registrations, ({ one, many }) => ({
  event: one(events, { fields: [registrations.eventId], references: [events.id] }),
  signups: many(sessionSignups),
  checkIns: many(checkIns),
  decidedBy: one(users, { fields: [registrations.decidedById], references: [users.id] }),
}));

export const sessionSignupsRelations = relations(sessionSignups, ({ one }) => ({
  registration: one(registrations, {
    fields: [sessionSignups.registrationId],
    references: [registrations.id],
  }),
  session: one(sessions, { fields: [sessionSignups.sessionId], references: [sessions.id] }),
}));

export const checkInsRelations = relations(checkIns, ({ one }) => ({
  registration: one(registrations, {
    fields: [checkIns.registrationId],
    references: [registrations.id],
  }),
  session: one(sessions, { fields: [checkIns.sessionId], references: [sessions.id] }),
}));
