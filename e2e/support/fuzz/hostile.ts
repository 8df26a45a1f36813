import fc from "fast-check";
import { seeded } from "../seeded";

/**
 * Hostile values for the fuzz suite (e2e/public-fuzz.spec.ts): what an attacker types or scripts
 * into a public form, URL or request. Values stay far below the 1 MB body limit (the oversized
 * body is a case of its own).
 */

/** A form field as sent: a string, or a file part where a string is expected. */
type FieldValue = string | { file: string };
/** Form fields in order; a name may repeat (an array where a scalar goes). */
export type Form = [name: string, value: FieldValue][];

/** C0 controls, DEL and C1 controls that are not whitespace `trim()` would remove. */
const CONTROLS = [...Array.from({ length: 9 }, (_, i) => i), ...Array.from({ length: 18 }, (_, i) => i + 14), 0x7f, 0x85, 0x9b].map(
  (code) => String.fromCharCode(code),
);

export const controlChar = fc.constantFrom(...CONTROLS);

/** Oddities that are valid Unicode but trip up naive code (direction, width, case, normalisation). */
const UNICODE_ODDITIES = [
  "\u202Eevil\u202C", // right-to-left override
  "a\u200Bb\u200Dc", // zero-width space and joiner
  "\uFEFFbom",
  "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301", // stacked combining accents
  "\uD800", // lone high surrogate
  "\uDFFF\uD800", // reversed surrogate pair
  "\uFFFF\uFFFE", // non-characters
  "\u{10FFFF}",
  "１２３", // full-width digits
  "٣٤٥", // Arabic-Indic digits
  "İstanbul", // lower-cases to two code units
  "STRASSE straße",
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "\u2028line\u2029para",
  "Ａｄｍｉｎ",
  "ﷺ﷽",
  "\u00A0\u3000 ",
];

/** Strings that mean something to some layer: SQL, HTML, templates, paths, React's wire format. */
const INJECTIONS = [
  "' OR '1'='1' --",
  "'; drop table registrations; --",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, sent as typed
  "${7*7}{{7*7}}<%= 7*7 %>",
  "../../../../etc/passwd",
  "..%2f..%2f",
  "%00",
  "%",
  "\\u0000",
  "$K1",
  "$@0",
  "$Q2",
  "$T",
  "$undefined",
  "__proto__",
  "constructor",
  "=cmd|' /C calc'!A0",
  "javascript:alert(1)",
  "https://evil.example/login",
  "BEGIN:VCALENDAR\r\nEND:VCALENDAR",
  "null",
  "undefined",
  "[object Object]",
  "true",
];

/** Numbers as text where ids and counts go. */
export const NUMBERISH = [
  "-1",
  "0",
  "1.5",
  "1e3",
  "1e309",
  "NaN",
  "Infinity",
  "-0",
  "0x10",
  " 7 ",
  "9007199254740993",
  "2147483648",
  "99999999999999999999",
  "２",
  "7\u0000",
  "",
];

/** A string that is hostile in one of many ways. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: controlChar, minLength: 1, maxLength: 8 }) },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.string({ maxLength: 10 }), controlChar, fc.string({ maxLength: 10 })).map(([a, c, b]) => `${a}${c}${b}`),
  },
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE_ODDITIES) },
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERISH) },
  { weight: 1, arbitrary: huge() },
);

/** A long string (up to ~200 KB as UTF-8): long enough to hurt, short enough for the 1 MB body. */
export function huge(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom("a", "é", "😀", "\u0000", "<", "%", "\u202E"), fc.constantFrom(1_000, 10_000, 50_000))
    .map(([unit, times]) => unit.repeat(times));
}

/** Whatever may arrive in a field: a hostile string, several values, a file, or nothing at all. */
export function hostileField(name: string): fc.Arbitrary<Form> {
  return fc.oneof(
    { weight: 6, arbitrary: hostileString.map((v): Form => [[name, v]]) },
    { weight: 2, arbitrary: fc.array(hostileString, { minLength: 2, maxLength: 4 }).map((vs): Form => vs.map((v) => [name, v])) },
    { weight: 1, arbitrary: hostileString.map((v): Form => [[name, { file: v }]]) },
    { weight: 1, arbitrary: fc.constant<Form>([]) },
  );
}

/**
 * Field names nobody expects, some of them meaningful to Next's or React's form decoding. A control
 * character in a name makes the part header malformed: refused with 400 before Next reads the body
 * (lib/security/action-body.ts).
 */
const strangeFieldName = fc.oneof(
  fc.constantFrom(
    "$ACTION_ID_0",
    "$ACTION_REF_1",
    "$ACTION_KEY",
    "__proto__",
    "constructor",
    "0",
    "_1_",
    "1_x",
    "locale\u200B",
    "a".repeat(5000),
  ),
  fc.string({ unit: "binary", minLength: 1, maxLength: 12 }),
);

/** A few extra fields with strange names and hostile values. */
export const extraFields: fc.Arbitrary<Form> = fc
  .array(fc.tuple(strangeFieldName, hostileString), { maxLength: 3 })
  .map((pairs) => pairs as Form);

/** Locales as an attacker sends them. */
export const hostileLocale = fc.oneof(
  fc.constantFrom("xx", "EN", "en-US", "e", "es\u0000", "pt ", "../en", "fr/../../", "zh", ""),
  hostileString,
);

/** Path segments where slugs and tokens go. */
export const hostileSegment = fc.oneof(
  fc.constantFrom(
    "..",
    ".",
    "%2e%2e",
    "a%2Fb",
    "CON",
    "index.html",
    "\u0000",
    "-",
    "a".repeat(300),
    `${seeded.cartagena.slug}\u0000`,
    seeded.cartagena.slug.toUpperCase(),
  ),
  hostileString.filter((s) => s.length > 0 && s.length < 2000),
);

/**
 * Percent-encodes a path segment byte by byte (valid encoding, whatever the string: lone
 * surrogates become U+FFFD as UTF-8). Malformed encodings are a case of their own.
 */
export function encodeSegment(value: string): string {
  return [...Buffer.from(value, "utf8")]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
}

/** Overwrites or adds fields of a form (last value wins where a server reads one value). */
export function withFields(form: Form, replace: Form): Form {
  const names = new Set(replace.map(([n]) => n));
  return [...form.filter(([n]) => !names.has(n)), ...replace];
}

const textOf = (value: FieldValue) => (typeof value === "string" ? value : value.file);

/** Keeps a form's UTF-8 size under `limit` bytes by halving its longest values. */
export function capSize(form: Form, limit = 900_000): Form {
  const size = (f: Form) => f.reduce((sum, [n, v]) => sum + Buffer.byteLength(n) + Buffer.byteLength(textOf(v)) + 200, 0);
  let capped = form;
  while (size(capped) > limit) {
    const longest = capped.reduce((best, [, v], i) => (textOf(v).length > textOf(capped[best]![1]).length ? i : best), 0);
    capped = capped.map(([name, value], i): [string, FieldValue] => {
      if (i !== longest) return [name, value];
      const cut = textOf(value).slice(0, Math.floor(textOf(value).length / 2));
      return [name, typeof value === "string" ? cut : { file: cut }];
    });
  }
  return capped;
}
