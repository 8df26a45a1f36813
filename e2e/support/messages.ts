import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "./seeded";

type Tree = { [key: string]: string | Tree };
const cache = new Map<string, Tree>();

/**
 * A message of the app's catalogue (lib/i18n/messages/<locale>/<namespace>.json), so page objects
 * name labels as the interface does instead of re-typing them: `message("en", "checkin.scan.code")`.
 * Placeholders are left as they are; `messagePattern` turns them into a regular expression.
 */
export function message(locale: Locale, key: string): string {
  const [namespace, ...path] = key.split(".");
  const file = `${locale}/${namespace}`;
  let tree = cache.get(file);
  if (!tree) {
    tree = JSON.parse(readFileSync(join(process.cwd(), "lib/i18n/messages", `${file}.json`), "utf8")) as Tree;
    cache.set(file, tree);
  }
  let node: string | Tree | undefined = tree;
  for (const part of path) node = typeof node === "object" ? node[part] : undefined;
  if (typeof node !== "string") throw new Error(`No message ${key} in ${locale}`);
  return node;
}

/** The catalogue's English, the language most specs read the interface in. */
export function en(key: string): string {
  return message("en", key);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A message as a pattern: given values fill their placeholders (a string as written, a RegExp
 * as a pattern), any other placeholder (plural forms included) matches any text.
 */
export function messagePattern(locale: Locale, key: string, values: Record<string, string | RegExp> = {}): RegExp {
  const text = message(locale, key);
  let source = "";
  let depth = 0;
  let placeholder = "";
  for (const char of text) {
    if (char === "{") {
      depth++;
      if (depth === 1) placeholder = "";
      else placeholder += char;
    } else if (char === "}") {
      depth--;
      if (depth === 0) {
        const name = placeholder.split(",")[0]!.trim();
        const value = values[name];
        source += value === undefined ? ".+?" : typeof value === "string" ? escapeRegExp(value) : value.source;
      } else placeholder += char;
    } else if (depth > 0) placeholder += char;
    else source += escapeRegExp(char);
  }
  return new RegExp(source);
}

/** A text, escaped, as a pattern that finds it inside a longer accessible name. */
export function containing(text: string): RegExp {
  return new RegExp(escapeRegExp(text));
}
