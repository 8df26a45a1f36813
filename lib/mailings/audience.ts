import "server-only";
import { and, asc, count, exists, inArray, isNull, notInArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { checkIns, type MailingAudience, registrations } from "@/db/schema";
import { registrationConditions } from "@/lib/dashboard/registrations";
import { CELAC_33, EU_27 } from "@/lib/regions";

/** With no status chosen, a mailing goes to the registrations that still hold a place. */
const inactiveStatuses = ["cancelled", "rejected", "expired"] as const;

/** The registrations a mailing goes to: the table's filters, plus region and attendance; never erased ones. */
function audienceCondition(eventId: number, audience: MailingAudience): SQL {
  const conditions: (SQL | undefined)[] = [
    registrationConditions(eventId, {
      status: audience.status as never,
      group: audience.group as never,
      country: audience.country,
      session: audience.session,
    }),
    isNull(registrations.erasedAt),
    audience.status ? undefined : notInArray(registrations.status, [...inactiveStatuses]),
  ];
  const lists = [...EU_27, ...CELAC_33];
  if (audience.region === "eu") conditions.push(inArray(registrations.countryCode, [...EU_27]));
  if (audience.region === "lac") conditions.push(inArray(registrations.countryCode, [...CELAC_33]));
  if (audience.region === "other") conditions.push(notInArray(registrations.countryCode, lists));
  if (audience.checkedIn) {
    const attended = exists(sql`(select 1 from ${checkIns} where ${checkIns.registrationId} = ${registrations.id})`);
    conditions.push(audience.checkedIn === "yes" ? attended : sql`not ${attended}`);
  }
  return and(...conditions)!;
}

/** How many registrations the audience names now. */
export async function countAudience(db: Executor, eventId: number, audience: MailingAudience): Promise<number> {
  const [row] = await db.select({ value: count() }).from(registrations).where(audienceCondition(eventId, audience));
  return row?.value ?? 0;
}

/** What a message to a registrant needs of them: address, name and language. */
export const recipientColumns = {
  id: registrations.id,
  email: registrations.email,
  givenName: registrations.givenName,
  familyName: registrations.familyName,
  preferredLanguage: registrations.preferredLanguage,
  locale: registrations.locale,
};

/** The audience's registrations, oldest first (what a mailing writes to). */
export function audienceRecipients(db: Executor, eventId: number, audience: MailingAudience) {
  return db.select(recipientColumns).from(registrations).where(audienceCondition(eventId, audience)).orderBy(asc(registrations.id));
}
