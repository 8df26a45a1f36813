import { cartagena as cartagenaSeed } from "@/db/seed-data/cartagena";
import { santoDomingo as santoDomingoSeed } from "@/db/seed-data/santo-domingo";
import type { SeedEvent, SeedSession } from "@/db/seed-data/types";
import { localize } from "@/lib/i18n/localize";

export const locales = ["en", "es", "pt", "fr"] as const;
export type Locale = (typeof locales)[number];

/**
 * A dialogue the database is seeded with, read from the seed module (db/seed-data): its slug,
 * titles, themes and sessions are written there once and never re-typed in a spec.
 */
export class SeededDialogue<Named extends string = string> {
  /** The sessions specs use, by the part they play there (their slugs are written here, once). */
  readonly sessions: Record<Named, SeededSession>;

  constructor(
    readonly seed: SeedEvent,
    private readonly named: Record<Named, string>,
  ) {
    this.sessions = Object.fromEntries(Object.entries<string>(named).map(([name, slug]) => [name, this.session(slug)])) as Record<
      Named,
      SeededSession
    >;
  }

  /** The same dialogue with its row id in the test database. */
  stored(id: number): StoredDialogue<Named> {
    return Object.assign(new SeededDialogue(this.seed, this.named), { id });
  }

  get slug(): string {
    return this.seed.event.slug;
  }

  title(locale: Locale = "en"): string {
    return localize(this.seed.event.title, locale);
  }

  session(slug: string): SeededSession {
    const session = this.seed.sessions.find((s) => s.slug === slug);
    if (!session) throw new Error(`No session ${slug} in the seed of ${this.slug}`);
    return { ...session, title: (locale: Locale = "en") => localize(session.title, locale) };
  }

  /** The first session of a theme, in the seed's order (a session per theme). */
  sessionOf(themeSlug: string) {
    const session = this.seed.sessions.find((s) => s.theme === themeSlug);
    if (!session) throw new Error(`No session of theme ${themeSlug} in the seed of ${this.slug}`);
    return this.session(session.slug);
  }

  /** A public page of the dialogue: `page("en", "/schedule")`. */
  page(locale: Locale = "en", rest = ""): string {
    return `/${locale}/events/${this.slug}${rest}`;
  }

  /** A dashboard page of the dialogue: `dashboard("checkin")`. */
  dashboard(section = "", locale: Locale = "en"): string {
    return `/${locale}/dashboard/events/${this.slug}${section ? `/${section}` : ""}`;
  }
}

export type SeededSession = Omit<SeedSession, "title"> & { title: (locale?: Locale) => string };
/** A seeded dialogue as stored: its row id, for tests that insert registrations into it. */
export type StoredDialogue<Named extends string = string> = SeededDialogue<Named> & { id: number };

export const seeded = {
  cartagena: new SeededDialogue(cartagenaSeed, {
    opening: "opening-plenary",
    // Two sessions at the same time, and a third that is not.
    trustedDataFlows: "trusted-data-flows",
    interoperableServices: "interoperable-public-services",
    cyberResilience: "cyber-resilience-panel",
    connectivityGaps: "connectivity-gaps",
  }),
  santoDomingo: new SeededDialogue(santoDomingoSeed, { opening: "opening-session", crisisExercise: "cyber-crisis-exercise" }),
};
export const seededDialogues = [seeded.cartagena, seeded.santoDomingo] as const;
