import "server-only";
import type { Role } from "@/lib/auth/roles";
import { type EmailLocale, emailTranslator, renderEmail } from "./render";

/** An organiser's invitation, with the single-use link that lets them choose a password. */
export function invitationEmail(locale: EmailLocale, input: { inviter: string; role: Role; link: string }) {
  const t = emailTranslator(locale);
  const body = t("accounts.email.invitationBody", { inviter: input.inviter, role: t(`accounts.roles.${input.role}`), link: input.link });
  return renderEmail({ locale, subject: t("accounts.email.invitationSubject"), paragraphs: body.split("\n\n") });
}

/** The single-use link to choose a new password. */
export function passwordResetEmail(locale: EmailLocale, link: string) {
  const t = emailTranslator(locale);
  return renderEmail({
    locale,
    subject: t("accounts.email.resetSubject"),
    paragraphs: t("accounts.email.resetBody", { link }).split("\n\n"),
  });
}
