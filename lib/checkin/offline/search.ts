import type { RosterRegistration } from "./types";

// Letters that Unicode does not split into a base letter and an accent.
const UNSPLIT: Record<string, string> = { ł: "l", ø: "o", đ: "d", ħ: "h", ı: "i" };

/**
 * Lower case without accents or extra spaces: "José Muñoz" and "jose munoz" meet. (db/schema/fold.ts
 * does the same for SQL; this one runs in the browser, with no database code.)
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[łøđħı]/g, (letter) => UNSPLIT[letter] ?? letter)
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Delegates whose name, organisation or delegation holds every word of the query, accents and
 * case ignored; the sortName order of the roster is kept. At most `limit`, so a one-letter query on
 * a tablet stays quick to read.
 */
export function searchRoster(registrations: RosterRegistration[], query: string, limit = 20): RosterRegistration[] {
  const words = foldText(query).split(" ").filter(Boolean);
  if (words.length === 0) return [];
  const found: RosterRegistration[] = [];
  for (const r of registrations) {
    const haystack = foldText(`${r.name} ${r.organisation} ${r.delegation ?? ""}`);
    if (words.every((w) => haystack.includes(w))) found.push(r);
    if (found.length >= limit) break;
  }
  return found;
}
