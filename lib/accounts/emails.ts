import "server-only";
import { createTranslator } from "next-intl";
import type { Role } from "@/lib/auth/roles";
import en from "@/lib/i18n/messages/en/accounts.json";
import es from "@/lib/i18n/messages/es/accounts.json";
import fr from "@/lib/i18n/messages/fr/accounts.json";
import pt from "@/lib/i18n/messages/pt/accounts.json";

const catalogues = { en, es, pt, fr } as const;
export type AccountLocale = keyof typeof catalogues;

export function accountLocale(value: string | null | undefined): AccountLocale {
  return value && value in catalogues ? (value as AccountLocale) : "en";
}

/** Emails are written in the recipient's language, outside any request (no request locale needed). */
function translator(locale: string) {
  const l = accountLocale(locale);
  return createTranslator({ locale: l, messages: { accounts: catalogues[l] }, namespace: "accounts" });
}

export function invitationEmail(locale: string, input: { inviter: string; role: Role; link: string }) {
  const t = translator(locale);
  return {
    subject: t("email.invitationSubject"),
    text: t("email.invitationBody", { inviter: input.inviter, role: t(`roles.${input.role}`), link: input.link }),
  };
}

export function passwordResetEmail(locale: string, link: string) {
  const t = translator(locale);
  return { subject: t("email.resetSubject"), text: t("email.resetBody", { link }) };
}
