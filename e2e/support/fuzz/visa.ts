import { seeded } from "../seeded";
import { organiserAction, type Target } from "./probes";

/** The administrators' visa letter actions (the visa page carries them all), called with no session. */
export function visaTargets(): Target[] {
  const file = "app/[locale]/dashboard/events/[slug]/visa/actions.ts";
  const page = `${seeded.cartagena.dashboard()}/visa`;
  return [
    organiserAction(`${file}#saveLetterheadAction`, page, ["slug", "locale", "issuingBody", "signatoryName", "signatoryTitle", "logo"]),
    organiserAction(`${file}#issueVisaLetterAction`, page, ["slug", "locale", "id"]),
    organiserAction(`${file}#emailVisaLetterAction`, page, ["slug", "locale", "id"]),
  ];
}
