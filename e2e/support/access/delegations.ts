import { delegations, uploads } from "@/db/schema";
import { createTestDialogue } from "../dialogues";
import { seeded } from "../seeded";
import { e2eDb } from "../users";
import type { ActionCase, PageCase } from "./types";

/** The organisers' delegations page, its actions, and the nomination letter's download. */
const event = `/dashboard/events/${seeded.cartagena.slug}`;
const managers: PageCase["allowed"] = ["admin", "organiser"];

export const pages: PageCase[] = [{ path: `/pt${event}/delegations`, allowed: managers }];

const file = "app/[locale]/dashboard/events/[slug]/delegations/actions.ts";
const context = { slug: seeded.cartagena.slug, locale: "en" };
// A delegation id that exists nowhere, and a dialogue that does not exist: the allowed roles get "notFound", nothing changes.
const missing = "999999999";

export const actions: ActionCase[] = [
  {
    file,
    name: "createDelegationAction",
    allowed: managers,
    form: {
      slug: "no-such-dialogue",
      locale: "en",
      name: "Matrix delegation",
      countryCode: "CO",
      quota: "3",
      focalName: "Matrix Focal",
      focalEmail: "matrix.{{unique}}@example.org",
      focalLanguage: "es",
      deadline: "2030-01-01T10:00",
    },
  },
  { file, name: "updateDelegationAction", allowed: managers, form: { ...context, id: missing, quota: "3", deadline: "2030-01-01T10:00" } },
  ...(["reissueDelegationLinkAction", "revokeDelegationLinkAction", "approveDelegationAction"] as const).map((name) => ({
    file,
    name,
    allowed: managers,
    form: { ...context, id: missing },
  })),
];

/**
 * A delegation with a letter in a dialogue of its own (never a seeded one), and the letter's
 * address: the route handler is tried by every caller in e2e/access-matrix.spec.ts.
 */
export async function delegationLetterPath(): Promise<string> {
  const db = e2eDb();
  const { event: dialogue, slug } = await createTestDialogue(db, "letter-access");
  const content = Buffer.from("%PDF-1.7\n% access matrix\n");
  const [upload] = await db
    .insert(uploads)
    .values({
      eventId: dialogue.id,
      kind: "letter",
      contentType: "application/pdf",
      size: content.length,
      content,
      downloadName: "letter-matrix.pdf",
    })
    .returning({ id: uploads.id });
  const [delegation] = await db
    .insert(delegations)
    .values({
      eventId: dialogue.id,
      name: "Matrix delegation",
      quota: 1,
      focalName: "Matrix Focal",
      focalEmail: "matrix.focal@example.org",
      focalLanguage: "en",
      deadline: new Date("2030-01-01T00:00:00Z"),
      letterUploadId: upload!.id,
    })
    .returning({ id: delegations.id });
  return `/en/dashboard/events/${slug}/delegations/${delegation!.id}/letter`;
}
