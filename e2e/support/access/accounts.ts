import { seeded } from "../seeded";
import type { ActionCase, PageCase } from "./types";

export const EVENT_SLUG = seeded.cartagena.slug;
const everyone: PageCase["allowed"] = ["admin", "organiser", "checkin"];

/** The dashboard frame, overview, accounts, audit log and outbox. */
export const pages: PageCase[] = [
  { path: "/en/dashboard", allowed: everyone },
  { path: `/en/dashboard/events/${EVENT_SLUG}`, allowed: ["admin", "organiser"] },
  { path: "/es/dashboard/accounts", allowed: ["admin"] },
  { path: "/en/dashboard/audit", allowed: ["admin"] },
  { path: "/en/dashboard/outbox", allowed: ["admin"] },
];

const accountsFile = "app/[locale]/dashboard/accounts/actions.ts";

export const actions: ActionCase[] = [
  {
    file: accountsFile,
    name: "inviteAction",
    allowed: ["admin"],
    form: { email: "matrix.{{unique}}@example.org", role: "organiser", locale: "en" },
  },
  { file: accountsFile, name: "changeRoleAction", allowed: ["admin"], form: { userId: "{{userId}}", role: "checkin" } },
  { file: accountsFile, name: "setDisabledAction", allowed: ["admin"], form: { userId: "{{userId}}", disabled: "true" } },
  {
    file: accountsFile,
    name: "setDialogueScopeAction",
    allowed: ["admin"],
    form: { userId: "{{userId}}", scope: "some", eventIds: "{{eventId}}" },
  },
  { file: "app/[locale]/dashboard/outbox/actions.ts", name: "retryEmailAction", allowed: ["admin"], form: { id: "{{failedEmailId}}" } },
];
