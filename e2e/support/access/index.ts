import * as accounts from "./accounts";
import * as delegations from "./delegations";
import * as detailPages from "./detail-pages";
import * as dialogues from "./dialogues";
import * as operations from "./operations";
import type { ActionCase, PageCase } from "./types";
import * as visa from "./visa";

/**
 * Every dashboard page and organiser action, with the roles allowed to use it. The access matrix
 * (e2e/access-matrix.spec.ts) tries each with every role and with no session.
 *
 * Page paths and form values may use placeholders, replaced for each request:
 * - `{{unique}}`: a fresh token (e.g. `m.{{unique}}@example.org` for an address nobody uses);
 * - `{{userId}}`: the id of a throwaway account created for the request;
 * - `{{eventId}}`, `{{sessionId}}`, `{{registrationId}}`: a seeded event (the first one by start
 *   date), its first session, and a fresh confirmed registration in it; `{{themeId}}` its first theme;
 * - `{{failedEmailId}}`: a freshly queued email marked failed.
 * - `{{mailingId}}`: a fresh draft mailing of that event (never sent).
 */
export const pageCases: PageCase[] = [
  ...accounts.pages,
  ...operations.pages,
  ...detailPages.pages,
  ...dialogues.pages,
  ...delegations.pages,
  ...visa.pages,
];
export const actionCases: ActionCase[] = [
  ...accounts.actions,
  ...operations.actions,
  ...detailPages.actions,
  ...dialogues.actions,
  ...delegations.actions,
  ...visa.actions,
];
