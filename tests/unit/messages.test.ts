import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/db/schema/localized";
import { namespaces } from "@/lib/i18n/namespaces";

type Tree = { [key: string]: string | Tree };

function load(locale: string, ns: string): Tree {
  return JSON.parse(readFileSync(join(process.cwd(), "lib/i18n/messages", locale, `${ns}.json`), "utf8")) as Tree;
}

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!).sort();
}

describe.each(namespaces)("messages of namespace %s", (ns) => {
  const english = load("en", ns);
  it.each(locales.filter((l) => l !== "en"))("%s has exactly the English keys, none empty", (locale) => {
    const translated = load(locale, ns);
    expect(keys(translated).sort()).toEqual(keys(english).sort());
    for (const key of keys(translated)) {
      const value = key.split(".").reduce<Tree | string>((node, part) => (node as Tree)[part]!, translated);
      expect(String(value).trim(), `${locale}/${ns}: ${key}`).not.toBe("");
    }
  });

  it.each(locales.filter((l) => l !== "en"))("%s keeps the placeholders of every English message", (locale) => {
    const translated = load(locale, ns);
    for (const key of keys(english)) {
      const get = (tree: Tree) => key.split(".").reduce<Tree | string>((node, part) => (node as Tree)[part]!, tree) as string;
      expect(placeholders(get(translated)), `${locale}/${ns}: ${key}`).toEqual(placeholders(get(english)));
    }
  });
});
