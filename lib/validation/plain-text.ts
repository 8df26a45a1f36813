/**
 * Names, organisations and positions are plain words. Whatever a registrant types there may end up
 * in front of organisers or, for names, in mail we send to the address they typed: a link, an
 * email address or an invisible control character there is a way to make our official mail or
 * pages carry someone else's words. Shared by the browser and the server (no server imports).
 */

/** C0/C1 controls (NUL, tab, line breaks...) and the bidirectional overrides that reorder text. */
const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
/** Something with a scheme (https://, ftp://) or a scheme-like prefix links are made of. */
const SCHEME = /\b[a-z][a-z0-9+.-]*:\/\/|\b(?:mailto|javascript|data|tel|sms):/i;
const WWW = /\bwww\d*\./i;
/** A host followed by a path, e.g. "example.org/login". */
const HOST_WITH_PATH = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S/i;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/;
/**
 * A bare domain mail programs turn into a link, e.g. "evil.com". Refused in names only: an
 * organisation may be called "Booking.com", and organisations are never written into our mail.
 */
const BARE_DOMAIN =
  /\b[a-z0-9-]+\.(?:com|net|org|info|biz|io|co|app|dev|xyz|top|site|online|shop|store|me|ly|gl|to|cc|tk|ml|ga|cf|gq|ru|cn|link|click|live|club|vip|icu|buzz|page|web|gov|edu|int|eu)\b/i;

export type PlainTextKind = "name" | "text";

/** Whether `value` is plain text of this kind: no control characters, links or email addresses. */
export function isPlainText(value: string, kind: PlainTextKind = "text"): boolean {
  if (CONTROL.test(value) || SCHEME.test(value) || WWW.test(value) || HOST_WITH_PATH.test(value) || EMAIL.test(value)) {
    return false;
  }
  return kind !== "name" || !BARE_DOMAIN.test(value);
}

/** The message key both forms use for this error (namespaces registration.errors and registrations.validation). */
export const PLAIN_TEXT_ERROR = "plainText";
