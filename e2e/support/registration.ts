import { type Browser, expect, type Page } from "@playwright/test";
import ICAL from "ical.js";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { type ReceivedMail, waitForMail } from "./mailbox";

export const CARTAGENA = "digital-alliance-days-2023";

/** A browser context of its own client address, so the registration rate limit never couples tests. */
export async function delegateContext(browser: Browser, options: { javaScriptEnabled?: boolean; locale?: string } = {}) {
  const address = `10.${rand()}.${rand()}.${rand()}`;
  return browser.newContext({ ...options, extraHTTPHeaders: { "X-Forwarded-For": address } });
}

function rand() {
  return Math.floor(Math.random() * 250) + 1;
}

/** The form's field labels, as fillDelegate takes them. */
export const english = {
  givenName: "Given name(s)",
  familyName: "Family name(s)",
  email: "Email address",
  phone: "Phone (optional)",
  organisation: "Organisation",
  position: "Position",
  group: "Stakeholder group",
  country: "Country",
  represents: "Whom you represent",
  preferredLanguage: "Preferred language",
};
export const spanish = {
  givenName: "Nombre(s)",
  familyName: "Apellido(s)",
  email: "Correo electrónico",
  phone: "Teléfono (opcional)",
  organisation: "Organización",
  position: "Cargo",
  group: "Grupo de interés",
  country: "País",
  represents: "A quién representa",
  preferredLanguage: "Idioma preferido",
};

export type Delegate = { email: string; givenName: string; familyName: string };

/** Fills the form's personal and professional fields (and the preferred language: the page's), in whatever language the page is in. */
export async function fillDelegate(page: Page, delegate: Delegate, labels: Record<string, RegExp | string>) {
  await page.getByLabel(labels.givenName!).fill(delegate.givenName);
  await page.getByLabel(labels.familyName!).fill(delegate.familyName);
  await page.getByLabel(labels.email!, { exact: true }).fill(delegate.email);
  await page.getByLabel(labels.phone!).fill("+57 601 3443460");
  await page.getByLabel(labels.organisation!).fill("Ministerio TIC");
  await page.getByLabel(labels.position!, { exact: true }).fill("Advisor");
  await page.getByLabel(labels.group!).selectOption("government_lac_country");
  await page.getByLabel(labels.country!, { exact: true }).selectOption("CO");
  await page.getByLabel(labels.represents!).fill("Colombia");
  // The select starts empty: the delegate chooses, here the language the page is in.
  const pageLocale = /^\/(en|es|pt|fr)\//.exec(new URL(page.url()).pathname)?.[1] ?? "en";
  await page.getByLabel(labels.preferredLanguage!).selectOption(pageLocale);
}

/**
 * Registers a delegate through the English form with these sessions, confirms the address from the
 * first email, and returns the confirmation email (dialogues without approval) and the personal link.
 */
export async function registerConfirmed(
  page: Page,
  slug: string,
  delegate: Delegate,
  sessions: RegExp[],
): Promise<{ confirmation: ReceivedMail; link: string }> {
  await page.goto(`/en/events/${slug}/register`);
  await fillDelegate(page, delegate, english);
  for (const session of sessions) await page.getByRole("checkbox", { name: session }).check();
  await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
  await page.getByRole("button", { name: "Register" }).click();
  await page.getByRole("heading", { level: 1, name: "Check your inbox" }).waitFor();
  const ask = await confirmByEmail(page, delegate.email, "en");
  const confirmation = await waitForMail(delegate.email, { subject: /^Registration confirmed/ });
  return { confirmation, link: manageLink(ask) };
}

/** The personal link in a registration email. */
export function manageLink(mail: ReceivedMail): string {
  const match = /https?:\/\/\S+\/manage\/[\w-]+/.exec(mail.text);
  if (!match) throw new Error(`No manage link in: ${mail.text}`);
  return match[0];
}

/** Summaries of the events of the .ics attached to a mail, parsed with ical.js. */
export function calendarEvents(mail: ReceivedMail): { summary: string; start: Date }[] {
  const ics = mail.attachments.find((a) => a.filename?.endsWith(".ics"));
  if (!ics) throw new Error("No .ics attachment");
  const component = new ICAL.Component(ICAL.parse(ics.content.toString("utf8")));
  return component.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { summary: event.summary, start: event.startDate.toJSDate() };
  });
}

/** Decodes a PNG QR code. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

type Locale = "en" | "es" | "pt" | "fr";
const confirmSubjects: Record<Locale, RegExp> = {
  en: /^Please confirm your registration: /,
  es: /^Confirme su inscripción: /,
  pt: /^Confirme sua inscrição: /,
  fr: /^Confirmez votre inscription : /,
};
const confirmButtons: Record<Locale, string> = {
  en: "Confirm my registration",
  es: "Confirmar mi inscripción",
  pt: "Confirmar minha inscrição",
  fr: "Confirmer mon inscription",
};

/**
 * The delegate's confirmation step: the first email (over SMTP), its personal link, and the
 * "Confirm my registration" button (a POST). Returns that first email; its link stays theirs.
 */
export async function confirmByEmail(page: Page, email: string, locale: Locale = "en"): Promise<ReceivedMail> {
  const mail = await waitForMail(email, { subject: confirmSubjects[locale] });
  await page.goto(manageLink(mail));
  const button = page.getByRole("button", { name: confirmButtons[locale] });
  await button.click();
  await expect(button).toHaveCount(0);
  return mail;
}
