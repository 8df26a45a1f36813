import fc from "fast-check";
import { seeded } from "../seeded";
import { checkInApiTarget } from "./checkin-api";
import { badgeTargets, delegationTargets, focalPointTargets, visaTargets } from "./documents";
import { type Form, hostileString } from "./hostile";
import { accountLinkTargets, manageTargets } from "./links";
import { actionProbe, hostileForm, organiserAction, type Probe, publicAction, type Target } from "./probes";
import { registrationTarget } from "./registration";
import { routeTargets } from "./routes";

/**
 * The public surface: every server action and route handler of the build, each fuzzed. The spec
 * (e2e/public-fuzz.spec.ts) fails when the build has an action or route that no target covers.
 *
 * A new public action is one line: `publicAction(file#export, a page that carries it, how it is
 * called, its fields, runs)`; every field then gets hostile values and "token" only links that
 * open nothing. If the action can change data with a working link, write a target of its own
 * whose every input must be refused (see ./links.ts). A new organiser action is one line too.
 */
const dashboard = "app/[locale]/dashboard";
const event = seeded.cartagena.dashboard();

const organiserTargets: Target[] = [
  organiserAction(`${dashboard}/accounts/actions.ts#inviteAction`, "/en/dashboard/accounts", ["email", "role", "locale"]),
  organiserAction(`${dashboard}/accounts/actions.ts#changeRoleAction`, "/en/dashboard/accounts", ["userId", "role"]),
  organiserAction(`${dashboard}/accounts/actions.ts#setDisabledAction`, "/en/dashboard/accounts", ["userId", "disabled"]),
  organiserAction(`${dashboard}/accounts/actions.ts#setDialogueScopeAction`, "/en/dashboard/accounts", ["userId", "scope", "eventIds"]),
  organiserAction(`${dashboard}/outbox/actions.ts#retryEmailAction`, "/en/dashboard/outbox", ["id"]),
  organiserAction(`${dashboard}/events/[slug]/checkin/actions.ts#checkInAction`, `${event}/checkin`, [
    "slug",
    "locale",
    "token",
    "registrationId",
    "sessionId",
    "admitWithoutSignup",
  ]),
  organiserAction(`${dashboard}/events/[slug]/registrations/actions.ts#approveAction`, `${event}/registrations/1`, [
    "slug",
    "locale",
    "id",
  ]),
  organiserAction(`${dashboard}/events/[slug]/registrations/actions.ts#declineAction`, `${event}/registrations/1`, [
    "slug",
    "locale",
    "id",
    "reason",
  ]),
  organiserAction(`${dashboard}/events/[slug]/registrations/actions.ts#cancelAction`, `${event}/registrations/1`, [
    "slug",
    "locale",
    "id",
    "confirm",
  ]),
  organiserAction(`${dashboard}/events/[slug]/registrations/actions.ts#resendAction`, `${event}/registrations/1`, ["slug", "locale", "id"]),
  ...badgeTargets(),
  organiserAction(`${dashboard}/events/[slug]/registrations/actions.ts#editRegistrationAction`, `${event}/registrations/1/edit`, [
    "slug",
    "locale",
    "id",
    "givenName",
    "email",
  ]),
  organiserAction(`${dashboard}/events/[slug]/sessions/actions.ts#saveSessionAction`, `${event}/sessions/new`, [
    "slug",
    "locale",
    "id",
    "sessionSlug",
    "titleEn",
    "day",
    "start",
    "end",
    "capacity",
  ]),
  organiserAction(`${dashboard}/events/[slug]/sessions/actions.ts#deleteSessionAction`, `${event}/sessions/1`, [
    "slug",
    "locale",
    "id",
    "cancelSignups",
  ]),
  organiserAction(`${dashboard}/dialogues/actions.ts#createDialogueAction`, "/en/dashboard/dialogues/new", [
    "locale",
    "dialogueSlug",
    "titleEn",
    "titleEs",
    "timeZone",
    "startDate",
    "endDate",
  ]),
  organiserAction(`${dashboard}/events/[slug]/details/actions.ts#saveDialogueDetailsAction`, `${event}/details`, [
    "slug",
    "locale",
    "dialogueSlug",
    "timeZone",
    "startDate",
    "shiftSessions",
  ]),
  organiserAction(`${dashboard}/events/[slug]/details/actions.ts#setDialogueStatusAction`, `${event}/details`, [
    "slug",
    "locale",
    "status",
  ]),
  organiserAction(`${dashboard}/events/[slug]/details/actions.ts#cloneDialogueAction`, `${event}/details`, [
    "slug",
    "locale",
    "newSlug",
    "newStartDate",
    "newTimeZone",
  ]),
  organiserAction(`${dashboard}/events/[slug]/settings/actions.ts#saveEventSettingsAction`, `${event}/settings`, [
    "slug",
    "locale",
    "registrationOpen",
    "status",
    "capacity",
  ]),
  organiserAction(`${dashboard}/events/[slug]/themes/actions.ts#saveThemeAction`, `${event}/themes`, [
    "slug",
    "locale",
    "id",
    "themeSlug",
    "nameEn",
    "position",
  ]),
  organiserAction(`${dashboard}/events/[slug]/themes/actions.ts#deleteThemeAction`, `${event}/themes`, ["slug", "locale", "id"]),
  organiserAction(`${dashboard}/events/[slug]/questions/actions.ts#saveQuestionAction`, `${event}/questions`, [
    "slug",
    "locale",
    "id",
    "kind",
    "required",
    "labelEn",
    "optionsEn",
  ]),
  organiserAction(`${dashboard}/events/[slug]/mailings/actions.ts#composeMailingAction`, `${event}/mailings/new`, [
    "slug",
    "locale",
    "key",
    "status",
    "country",
    "region",
    "session",
    "checkedIn",
    "subjectEn",
    "bodyEn",
    "subjectEs",
    "bodyEs",
  ]),
  organiserAction(`${dashboard}/events/[slug]/mailings/actions.ts#sendMailingAction`, `${event}/mailings/1`, [
    "slug",
    "locale",
    "id",
    "confirmCount",
    "confirmRepeat",
  ]),
  organiserAction(`${dashboard}/events/[slug]/questions/actions.ts#moveQuestionAction`, `${event}/questions`, [
    "slug",
    "locale",
    "id",
    "direction",
  ]),
  organiserAction(`${dashboard}/events/[slug]/questions/actions.ts#removeQuestionAction`, `${event}/questions`, ["slug", "locale", "id"]),
  organiserAction(`${dashboard}/events/[slug]/certificates/actions.ts#sendCertificatesAction`, `${event}/certificates`, [
    "slug",
    "locale",
    "confirm",
    "confirmCount",
  ]),
  ...invitationTargets(),
  ...delegationTargets(),
];

/** The invitation list's actions (the page carries them all). */
function invitationTargets(): Target[] {
  const file = `${dashboard}/events/[slug]/invitations/actions.ts`;
  const page = `${event}/invitations`;
  return [
    organiserAction(`${file}#addInviteeAction`, page, [
      "slug",
      "locale",
      "name",
      "email",
      "organisation",
      "preferredLanguage",
      "stakeholderGroup",
    ]),
    organiserAction(`${file}#importInviteesAction`, page, ["slug", "locale", "file"]),
    organiserAction(`${file}#removeInviteeAction`, page, ["slug", "locale", "id"]),
    organiserAction(`${file}#resendInvitationAction`, page, ["slug", "locale", "id"]),
    organiserAction(`${file}#sendInvitationsAction`, page, ["slug", "locale"]),
    organiserAction(`${file}#sendRemindersAction`, page, ["slug", "locale"]),
  ];
}

const signIn = "app/[locale]/sign-in/actions.ts#signInAction";

const publicTargets: Target[] = [
  registrationTarget(400),
  ...manageTargets(),
  ...accountLinkTargets(),
  publicAction("app/[locale]/manage/actions.ts#requestLinkAction", "/en/manage", ["form", "html", "state"], ["email", "locale"], 150),
  publicAction(
    "app/[locale]/forgot-password/actions.ts#forgotPasswordAction",
    "/en/forgot-password",
    ["state", "html"],
    ["email", "locale"],
    100,
  ),
  {
    // Nobody knows the fuzz organiser's password: every attempt fails, however hostile.
    name: "sign in",
    covers: [signIn],
    runs: 150,
    probes: (context) => {
      const form = fc
        .tuple(hostileForm(context.world, ["email", "password", "callbackUrl", "locale"]), fc.boolean())
        .map(
          ([fields, known]): Form => (known ? [...fields.filter(([n]) => n !== "email"), ["email", context.world.accountEmail]] : fields),
        );
      return actionProbe(context, signIn, "/en/sign-in", form, ["state", "html"]);
    },
    refusal: (answer) => (answer.redirect?.includes("/dashboard") ? "signed in" : null),
  },
  // Anyone may sign out (it is on dashboard pages, but asks for no role).
  publicAction(`${dashboard}/actions.ts#signOutAction`, "/en/dashboard/accounts", ["form", "html", "state"], ["locale"], 40),
  // Ships in every build; does nothing unless DIALOGOS_TEST_API=1 (as in e2e), then only redirects.
  publicAction("app/[locale]/test/noop-action/actions.ts#noopAction", "/en/test/noop-action", ["state", "html"], ["locale"], 40),
  ...focalPointTargets(),
  protocolTarget(),
  ...organiserTargets,
  ...visaTargets(),
  ...routeTargets(),
  checkInApiTarget(),
];

/** React's wire format itself: unknown action ids, argument lists of the wrong shape, odd bodies. */
function protocolTarget(): Target {
  const args = fc.oneof(
    // Well-formed lists of the wrong shape and types. Malformed ones (not JSON, references to parts
    // that are missing) make React's decoder throw before any app code runs: a known failure in the spec.
    fc.constantFrom(
      "[]",
      "{}",
      "[1,2,3]",
      '["$K1","$K1","$K1"]',
      "[null]",
      '["$@1"]',
      '[{"ok":false},"$K9"]',
      '["$K1",{"__proto__":{"x":1}}]',
      '["$K1","$K1"]',
      '[true,"$K1"]',
    ),
    fc.constant(null).map(() => `${"[".repeat(3000)}${"]".repeat(3000)}`),
    hostileString.map((s) => JSON.stringify([s, "$K1"])),
  );
  return {
    // Ids stay under Node's 16 KB header limit (Node itself refuses longer headers, no app code runs).
    name: "server action protocol (ids, argument lists)",
    covers: [],
    runs: 150,
    probes: (context) => {
      const ids = [...context.actionIds.values()];
      const id = fc.oneof(
        fc.constantFrom(...ids),
        fc.uint8Array({ minLength: 21, maxLength: 21 }).map((bytes) => Buffer.from(bytes).toString("hex")),
        hostileString.filter((s) => /^[\x20-\x7e]{0,2000}$/.test(s)),
      );
      const page = fc.constantFrom(
        "/en/manage",
        "/en/sign-in",
        seeded.cartagena.page("en", "/register"),
        "/en/manage/x",
        "/en",
        "/en/no-such-page",
      );
      return fc
        .tuple(id, page, args, hostileForm(context.world, ["token", "email", "locale"]), fc.constantFrom<"state" | "form">("state", "form"))
        .map(
          ([actionId, path, rawArgs, form, encoding]): Probe => ({ kind: "action", call: { path, id: actionId, encoding, form, rawArgs } }),
        );
    },
  };
}

/** Every target, and how many hostile inputs they send in all. */
export const targets: Target[] = publicTargets;
export const totalRuns = targets.reduce((sum, t) => sum + t.runs, 0);
