import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { z } from "zod";
import { config } from "@/lib/config";
import { drawnDocumentSchema } from "@/lib/documents/drawn";

/**
 * What a queued email must not show in its row: the working links it carries (manage, reset,
 * invitation, confirmation links) and the texts of QR codes drawn at send time (the check-in
 * token) and the tickets that carry it (PDFs drawn at send time). They are kept AES-256-GCM encrypted, with a key derived from AUTH_SECRET, until the
 * message is sent; the bodies hold placeholders. A copy of the database alone opens nothing.
 */
const secretsSchema = z.object({
  links: z.array(z.string()),
  qrCodes: z.array(z.object({ cid: z.string(), filename: z.string(), text: z.string() })),
  // PDFs drawn at send time (a ticket prints the check-in code, a visa letter a passport number).
  // Absent from messages sealed before documents existed.
  documents: z.array(drawnDocumentSchema).optional(),
});
export type EmailSecrets = z.infer<typeof secretsSchema>;

const VERSION = "v1";
/** Shown in place of a link once the message has gone: the row keeps no working link. */
export const REMOVED_LINK = "[link removed once sent]";

let cachedKey: { secret: string; key: Buffer } | undefined;

function key(): Buffer {
  const secret = config().authSecret;
  if (cachedKey?.secret !== secret) {
    const derived = Buffer.from(hkdfSync("sha256", secret, "dialogos", "email outbox secrets v1", 32));
    cachedKey = { secret, key: derived };
  }
  return cachedKey.key;
}

function placeholder(index: number): string {
  return `[[dialogos-link-${index}]]`;
}

const placeholderPattern = /\[\[dialogos-link-(\d+)\]\]/g;

/** Replaces each secret link in `body` by its placeholder (longest first, so no link eats another). */
export function hideLinks(body: string, links: readonly string[]): string {
  const order = links.map((link, index) => ({ link, index })).sort((a, b) => b.link.length - a.link.length);
  let hidden = body;
  for (const { link, index } of order) if (link) hidden = hidden.split(link).join(placeholder(index));
  return hidden;
}

/** Puts the links back for sending; an unknown placeholder becomes REMOVED_LINK. */
export function revealLinks(body: string, links: readonly string[]): string {
  return body.replace(placeholderPattern, (_, index: string) => links[Number(index)] ?? REMOVED_LINK);
}

/** The body as the row keeps it once sent: no placeholder a later reader could ask about. */
export function scrubLinks(body: string): string {
  return body.replace(placeholderPattern, REMOVED_LINK);
}

export function sealSecrets(secrets: EmailSecrets): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(secrets), "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString("base64url")}.${data.toString("base64url")}`;
}

export class SealedSecretsError extends Error {
  override name = "SealedSecretsError";
}

export function openSecrets(sealed: string): EmailSecrets {
  const [version, ivText, dataText] = sealed.split(".");
  if (version !== VERSION || !ivText || !dataText) throw new SealedSecretsError("Unknown format of the sealed email secrets.");
  const data = Buffer.from(dataText, "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(ivText, "base64url"));
    decipher.setAuthTag(data.subarray(data.length - 16));
    const plain = Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]);
    return secretsSchema.parse(JSON.parse(plain.toString("utf8")));
  } catch {
    // Most likely AUTH_SECRET changed since the message was queued.
    throw new SealedSecretsError("The email's links cannot be opened (was AUTH_SECRET changed?).");
  }
}
