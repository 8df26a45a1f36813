import { seeded } from "../seeded";
import { organiserAction, publicAction, type Target } from "./probes";

/** Issue 11's surface: delegations (organisers and focal points), badges, visa letters. */
const dashboard = "app/[locale]/dashboard";
const event = seeded.cartagena.dashboard();

/** The organisers' delegation actions (the delegations page carries them all). */
export function delegationTargets(): Target[] {
  const file = `${dashboard}/events/[slug]/delegations/actions.ts`;
  const page = `${event}/delegations`;
  return [
    organiserAction(`${file}#createDelegationAction`, page, [
      "slug",
      "locale",
      "name",
      "countryCode",
      "quota",
      "focalName",
      "focalEmail",
      "focalLanguage",
      "deadline",
    ]),
    organiserAction(`${file}#updateDelegationAction`, page, ["slug", "locale", "id", "quota", "deadline"]),
    ...["reissueDelegationLinkAction", "revokeDelegationLinkAction", "approveDelegationAction"].map((name) =>
      organiserAction(`${file}#${name}`, page, ["slug", "locale", "id"]),
    ),
  ];
}

/** A registration's badge: role, photo upload, photo removal (its page carries them all). */
export function badgeTargets(): Target[] {
  const file = `${dashboard}/events/[slug]/registrations/[id]/actions.ts`;
  const page = `${event}/registrations/1`;
  return [
    organiserAction(`${file}#setBadgeRoleAction`, page, ["slug", "locale", "id", "badgeRole"]),
    organiserAction(`${file}#uploadBadgePhotoAction`, page, ["slug", "locale", "id", "photo"]),
    organiserAction(`${file}#removeBadgePhotoAction`, page, ["slug", "locale", "id"]),
  ];
}

/** A delegation's focal-point page: every action with links that open nothing (a live one would add members). */
export function focalPointTargets(): Target[] {
  const file = "app/[locale]/delegations/[token]/actions.ts";
  const page = "/en/delegations/fuzz-page";
  const member = ["token", "locale", "eventSlug", "submissionKey", "givenName", "email", "privacyConsent", "sessionIds"];
  return [
    publicAction(`${file}#registerMemberAction`, page, ["state", "html"], member, 60),
    publicAction(`${file}#replaceMemberAction`, page, ["state", "html"], [...member, "replaces"], 40),
    publicAction(`${file}#setHeadAction`, page, ["form", "html"], ["token", "locale", "memberId"], 30),
    publicAction(`${file}#withdrawMemberAction`, page, ["form", "html"], ["token", "locale", "memberId", "confirm"], 30),
    publicAction(`${file}#importMembersAction`, page, ["state", "html"], ["token", "locale", "file", "consent"], 40),
  ];
}

/** The administrators' visa letter actions (the visa page carries them all), called with no session. */
export function visaTargets(): Target[] {
  const file = `${dashboard}/events/[slug]/visa/actions.ts`;
  const page = `${event}/visa`;
  return [
    organiserAction(`${file}#saveLetterheadAction`, page, ["slug", "locale", "issuingBody", "signatoryName", "signatoryTitle", "logo"]),
    organiserAction(`${file}#issueVisaLetterAction`, page, ["slug", "locale", "id"]),
    organiserAction(`${file}#emailVisaLetterAction`, page, ["slug", "locale", "id"]),
  ];
}
