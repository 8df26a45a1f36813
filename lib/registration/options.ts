/**
 * Choices of the registration form, kept free of database code so the browser can import them.
 * `db/schema/enums.ts` holds the same stakeholder groups; lib/registration/register.ts checks at
 * compile time that both lists agree.
 */
export const stakeholderGroups = [
  "government_eu_institution",
  "government_eu_member_state",
  "government_lac_country",
  "international_organisation",
  "private_sector",
  "civil_society",
  "academia_research",
  "media",
  "other",
] as const;

export type StakeholderGroup = (typeof stakeholderGroups)[number];

/** Version of the privacy notice (app/[locale]/privacy); stored with each consent. */
export const PRIVACY_NOTICE_VERSION = "2026-11-30";
