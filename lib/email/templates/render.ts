import "server-only";
import { createTranslator } from "next-intl";
import { escapeHtml, htmlDocument, paragraphsToHtml } from "@/lib/email/html";
import { parseLocale } from "@/lib/i18n/locale";
import accountsEn from "@/lib/i18n/messages/en/accounts.json";
import emailsEn from "@/lib/i18n/messages/en/emails.json";
import mailingsEn from "@/lib/i18n/messages/en/mailings.json";
import registrationsEn from "@/lib/i18n/messages/en/registrations.json";
import accountsEs from "@/lib/i18n/messages/es/accounts.json";
import emailsEs from "@/lib/i18n/messages/es/emails.json";
import mailingsEs from "@/lib/i18n/messages/es/mailings.json";
import registrationsEs from "@/lib/i18n/messages/es/registrations.json";
import accountsFr from "@/lib/i18n/messages/fr/accounts.json";
import emailsFr from "@/lib/i18n/messages/fr/emails.json";
import mailingsFr from "@/lib/i18n/messages/fr/mailings.json";
import registrationsFr from "@/lib/i18n/messages/fr/registrations.json";
import accountsPt from "@/lib/i18n/messages/pt/accounts.json";
import emailsPt from "@/lib/i18n/messages/pt/emails.json";
import mailingsPt from "@/lib/i18n/messages/pt/mailings.json";
import registrationsPt from "@/lib/i18n/messages/pt/registrations.json";

/**
 * The messages every email is written from: emails.json (delegates' registration emails), the
 * `emails` of registrations.json (organisers' changes) and the `email` of accounts.json.
 */
const catalogues = {
  en: { emails: emailsEn, registrations: registrationsEn, accounts: accountsEn, mailings: mailingsEn },
  es: { emails: emailsEs, registrations: registrationsEs, accounts: accountsEs, mailings: mailingsEs },
  pt: { emails: emailsPt, registrations: registrationsPt, accounts: accountsPt, mailings: mailingsPt },
  fr: { emails: emailsFr, registrations: registrationsFr, accounts: accountsFr, mailings: mailingsFr },
} as const;

export type EmailLocale = keyof typeof catalogues;

/** The recipient's language when the app speaks it, else English. */
export function emailLocale(value: string | null | undefined): EmailLocale {
  return parseLocale(value);
}

const makeTranslator = (locale: EmailLocale) => createTranslator({ locale, messages: catalogues[locale] });
const translators = new Map<EmailLocale, ReturnType<typeof makeTranslator>>();

/**
 * The one translator of every email, made once per language (it compiles the messages it formats).
 * Emails are written outside any request, so the locale is always the recipient's, given here.
 */
export function emailTranslator(locale: EmailLocale) {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

/** An image shown inside the HTML part, after the paragraph at `afterParagraph`. */
type InlineImage = { cid: string; alt: string; size: number; afterParagraph: number };

/**
 * Every email's two bodies from its paragraphs: the plain text, and the same text as a complete
 * HTML document in the recipient's language (escaped, links clickable, an optional inline image).
 */
export function renderEmail(input: { locale: EmailLocale; subject: string; paragraphs: readonly string[]; image?: InlineImage }) {
  const { locale, subject, paragraphs, image } = input;
  const html = image
    ? [
        paragraphsToHtml(paragraphs.slice(0, image.afterParagraph + 1)),
        `<p><img src="cid:${image.cid}" width="${image.size}" height="${image.size}" alt="${escapeHtml(image.alt)}"></p>`,
        paragraphsToHtml(paragraphs.slice(image.afterParagraph + 1)),
      ]
        .filter(Boolean)
        .join("\n")
    : paragraphsToHtml(paragraphs);
  return { subject, text: `${paragraphs.join("\n\n")}\n`, html: htmlDocument({ locale, title: subject, body: html }) };
}
