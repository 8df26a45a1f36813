import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";
import type { EmailKind } from "@/lib/email/templates/registration";
import { escapeRegExp, message } from "./messages";
import type { Locale } from "./seeded";

export type ReceivedMail = ParsedMail & { text: string };

const seen = new Map<string, ParsedMail>();

async function parse(file: string): Promise<ParsedMail> {
  const cached = seen.get(file);
  if (cached) return cached;
  const mail = await simpleParser(readFileSync(file));
  seen.set(file, mail);
  return mail;
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((a) => (a.address ?? "").toLowerCase()));
}

/**
 * Waits for a message to `address` that arrived over SMTP at the in-process server started by
 * e2e/support/smtp-server.ts (optionally one whose subject matches), and returns it parsed.
 */
export async function waitForMail(address: string, options: { subject?: RegExp; timeoutMs?: number } = {}): Promise<ReceivedMail> {
  const dir = process.env.E2E_MAILBOX_DIR;
  if (!dir) throw new Error("E2E_MAILBOX_DIR is not set: is the SMTP global setup in playwright.config.ts?");
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  const wanted = address.toLowerCase();
  while (Date.now() < deadline) {
    for (const name of readdirSync(dir).sort()) {
      const mail = await parse(join(dir, name));
      if (!recipients(mail).includes(wanted)) continue;
      if (options.subject && !options.subject.test(mail.subject ?? "")) continue;
      return { ...mail, text: mail.text ?? "" } as ReceivedMail;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No email to ${address}${options.subject ? ` matching ${options.subject}` : ""} within the time limit`);
}

/** All messages received so far for `address`. */
export async function mailTo(address: string): Promise<ParsedMail[]> {
  const dir = process.env.E2E_MAILBOX_DIR;
  if (!dir) return [];
  const all = await Promise.all(
    readdirSync(dir)
      .sort()
      .map((name) => parse(join(dir, name))),
  );
  return all.filter((mail) => recipients(mail).includes(address.toLowerCase()));
}

/** The kinds of message about a registration, as the app names them. */
export type { EmailKind };

/**
 * The subject of an email of `kind` in `locale`, from the app's catalogue: the whole subject when
 * the dialogue's title is given, else its beginning.
 */
export function subjectOf(kind: EmailKind, locale: Locale = "en", event?: string): RegExp {
  const [before, after] = message(locale, `emails.${kind}.subject`).split("{event}");
  return new RegExp(`^${escapeRegExp(before!)}${event === undefined ? "" : `${escapeRegExp(event)}${escapeRegExp(after ?? "")}$`}`);
}

/** The SMTP catcher's inbox, as the `inbox` fixture hands it to tests. */
export const inbox = {
  /** The first message to `address` (optionally with a matching subject), waiting for it to arrive. */
  waitFor: waitForMail,
  /** The first message of `kind` to `address`, in `locale`, optionally about the dialogue titled `event`. */
  waitForKind(address: string, kind: EmailKind, options: { locale?: Locale; event?: string; timeoutMs?: number } = {}) {
    return waitForMail(address, { subject: subjectOf(kind, options.locale, options.event), timeoutMs: options.timeoutMs });
  },
  /** Every message received so far for `address`. */
  all: mailTo,
};
export type Inbox = typeof inbox;
