import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registrations } from "@/db/schema";
import { submitRegistration } from "@/lib/registration";
import type { TestDatabase } from "../support/databases";
import { failureCode } from "../support/databases";
import { CARTAGENA, eventId, footprint, formValues, seededBackends } from "../support/registration";

describe.each(seededBackends())("one registration per mailbox on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
  });
  afterAll(async () => {
    await database?.dispose();
  });
  const register = (values: Record<string, unknown>) =>
    submitRegistration(database.db, formValues(values), { eventSlug: CARTAGENA, locale: "en" });

  it("treats +tag and case variants of an address as the one already registered", async () => {
    const local = `tag.${randomUUID().slice(0, 6)}`;
    expect((await register({ email: `${local}@example.org` })).kind).toBe("registered");
    const before = await footprint(database.db);
    for (const variant of [`${local}+second@example.org`, `${local.toUpperCase()}+x+y@EXAMPLE.org`]) {
      expect(await register({ email: variant, givenName: "Someone else" })).toEqual({ kind: "alreadyRegistered" });
    }
    expect((await footprint(database.db)).registrations).toBe(before.registrations);
  });

  it("holds in the database itself: the unique index is on the +tag-free key", async () => {
    const local = `raw.${randomUUID().slice(0, 6)}`;
    expect((await register({ email: `${local}+one@example.org` })).kind).toBe("registered");
    const [row] = await database.db
      .select()
      .from(registrations)
      .where(eq(registrations.email, `${local}+one@example.org`));
    expect(row!.emailKey).toBe(`${local}@example.org`);
    const id = await eventId(database.db, CARTAGENA);
    const copy = sql`insert into registrations (event_id, given_name, family_name, email, organisation, position, stakeholder_group, country_code, represents, preferred_language, privacy_notice_version, privacy_consent_at, locale, status, manage_token_hash, check_in_token)
      select event_id, given_name, family_name, ${`${local}+two@example.org`}, organisation, position, stakeholder_group, country_code, represents, preferred_language, privacy_notice_version, privacy_consent_at, locale, status, 'x' || manage_token_hash, 'x' || check_in_token
      from registrations where id = ${row!.id} and event_id = ${id}`;
    expect(await failureCode(database.db.execute(copy))).toBe("23505");
  });
});
