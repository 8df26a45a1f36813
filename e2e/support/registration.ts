import { type Browser, expect, type Page } from "@playwright/test";
import ICAL from "ical.js";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { type Delegate, RegistrationPage } from "../pages/registration-page";
import { type ReceivedMail, subjectOf, waitForMail } from "./mailbox";
import { message } from "./messages";
import type { Locale } from "./seeded";

/** A browser context of its own client address, so the registration rate limit never couples tests. */
export async function delegateContext(browser: Browser, options: { javaScriptEnabled?: boolean; locale?: string } = {}) {
  const address = `10.${rand()}.${rand()}.${rand()}`;
  return browser.newContext({ ...options, extraHTTPHeaders: { "X-Forwarded-For": address } });
}

function rand() {
  return Math.floor(Math.random() * 250) + 1;
}

/**
 * Registers a delegate through the English form with these sessions (by title), confirms the
 * address from the first email, and returns the confirmation email (dialogues without approval)
 * and the personal link.
 */
export async function registerConfirmed(
  page: Page,
  dialogue: { slug: string },
  delegate: Delegate,
  sessions: string[],
): Promise<{ confirmation: ReceivedMail; link: string }> {
  const form = new RegistrationPage(page, dialogue);
  await form.goto();
  await form.register(delegate, sessions);
  await form.expectSent();
  const ask = await confirmByEmail(page, delegate.email, "en");
  const confirmation = await waitForMail(delegate.email, { subject: subjectOf("confirmed") });
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

/**
 * The delegate's confirmation step: the first email (over SMTP), its personal link, and the
 * "Confirm my registration" button (a POST). Returns that first email; its link stays theirs.
 */
export async function confirmByEmail(page: Page, email: string, locale: Locale = "en"): Promise<ReceivedMail> {
  const mail = await waitForMail(email, { subject: subjectOf("confirmAddress", locale) });
  await page.goto(manageLink(mail));
  const button = page.getByRole("button", { name: message(locale, "registration.manage.confirmSubmit") });
  await button.click();
  await expect(button).toHaveCount(0);
  return mail;
}
