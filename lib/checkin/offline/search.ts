import type { RosterRegistration } from "./types";

/** Lower case without accents or extra spaces: "José Muñoz" and "jose munoz" meet. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
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
