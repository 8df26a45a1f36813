import { seeded } from "../seeded";
import type { ActionCase, PageCase } from "./types";

/** New dialogue (administrators), a dialogue's details, status and clone (organisers). */
const managers: PageCase["allowed"] = ["admin", "organiser"];

export const pages: PageCase[] = [
  { path: "/en/dashboard/dialogues/new", allowed: ["admin"] },
  { path: `/fr/dashboard/events/${seeded.cartagena.slug}/details`, allowed: managers },
];

const detailsFile = "app/[locale]/dashboard/events/[slug]/details/actions.ts";
// A dialogue that does not exist: the allowed roles get "notFound" and nothing real changes.
const nowhere = { slug: "no-such-dialogue", locale: "en" };

export const actions: ActionCase[] = [
  {
    // Ends before it starts: the administrator gets a field error, and no dialogue is made.
    file: "app/[locale]/dashboard/dialogues/actions.ts",
    name: "createDialogueAction",
    allowed: ["admin"],
    form: { locale: "en", dialogueSlug: "matrix-{{unique}}", titleEn: "M", titleEs: "M", startDate: "2030-01-02", endDate: "2030-01-01" },
  },
  {
    file: detailsFile,
    name: "saveDialogueDetailsAction",
    allowed: managers,
    form: {
      ...nowhere,
      dialogueSlug: "matrix",
      titleEn: "M",
      titleEs: "M",
      city: "Lima",
      countryCode: "PE",
      venue: "V",
      timeZone: "America/Lima",
      startDate: "2030-01-01",
      endDate: "2030-01-02",
    },
  },
  { file: detailsFile, name: "setDialogueStatusAction", allowed: managers, form: { ...nowhere, status: "published" } },
  {
    file: detailsFile,
    name: "cloneDialogueAction",
    allowed: managers,
    form: { ...nowhere, newSlug: "matrix-{{unique}}", newStartDate: "2030-01-01" },
  },
];
