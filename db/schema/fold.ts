import { type SQL, sql } from "drizzle-orm";

// Letters with diacritics used in EU and LAC names, and their plain letters. Both cases are
// translated before lower(), which leaves non-ASCII letters alone under the C locale (the embedded
// database has no ICU collations either), so this works the same on PGlite and PostgreSQL.
const LOWER = "áàâãäåāăąçćčďéèêëēėęěíìîïīįłñńňóòôõöøōőŕřśšşțťúùûüūůűųýÿźżž";
const LOWER_PLAIN = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzz";
const ACCENTED = LOWER + LOWER.toUpperCase();
const PLAIN = LOWER_PLAIN + LOWER_PLAIN.toUpperCase();
const PLAIN_OF = new Map([...ACCENTED].map((letter, i) => [letter, PLAIN[i]!]));

/** SQL: the text lower-cased and without accents ("Álvarez Ñúñez" -> "alvarez nunez"). */
export function foldSql(text: SQL): SQL {
  return sql`lower(translate(${text}, ${sql.raw(`'${ACCENTED}'`)}, ${sql.raw(`'${PLAIN}'`)}))`;
}

/** The same folding in JavaScript, for what is compared with a folded column. */
export function fold(text: string): string {
  return [...text]
    .map((letter) => PLAIN_OF.get(letter) ?? letter)
    .join("")
    .toLowerCase();
}
