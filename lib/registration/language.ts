import { preferredLanguages } from "@/lib/validation/registration";

type Languages = { preferredLanguage: string | null | undefined; locale: string };

/**
 * The language we write to a delegate in: the one they chose as preferred, when we have it
 * (someone may fill in the English form and prefer Spanish), else the form's language.
 */
export function registrantLanguage(registration: Languages): string {
  const preferred = registration.preferredLanguage;
  return preferred && (preferredLanguages as readonly string[]).includes(preferred) ? preferred : registration.locale;
}
