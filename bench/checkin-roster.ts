/**
 * What an offline check-in desk costs the server (issue 12): the roster it downloads
 * (`GET /api/checkin/[slug]/roster`, lib/checkin/roster.ts) and the batch it sends when the network
 * returns (`POST /api/checkin/[slug]/sync`, lib/checkin/sync.ts), for a dialogue of 1,500 delegates
 * (ROSTER=… to change), half of them signed up for a session and a third already checked in.
 *
 *   npx tsx --conditions=react-server bench/checkin-roster.ts
 *   BENCH_DATABASE_URL=postgres://…/empty_db npx tsx --conditions=react-server bench/checkin-roster.ts
 *
 * PGlite in memory by default (as `npm start` without DATABASE_URL, minus the disk), or the empty
 * PostgreSQL database of BENCH_DATABASE_URL. Prints the figures and writes bench/out/checkin-roster.json:
 * the roster's median build time over 5 runs, its JSON and gzip sizes, and the time of one batch of
 * 500 venue scans, first sent and then sent again (the retry path: nothing written twice).
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { checkIns, type Event, events, type NewRegistration, registrations, sessionSignups, sessions } from "@/db/schema";
import { checkInRoster } from "@/lib/checkin/roster";
import { syncScans } from "@/lib/checkin/sync";

const count = Number(process.env.ROSTER ?? 1500);
const batch = 500;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => Number((ms / 1000).toFixed(3));

async function main() {
  const url = process.env.BENCH_DATABASE_URL;
  const handle = openDatabase(url ? { url } : { dataDir: null });
  await migrateDatabase(handle);
  const { db } = handle;
  const today = new Date().toISOString().slice(0, 10);
  const [event] = await db
    .insert(events)
    .values({
      slug: `bench-roster-${randomUUID().slice(0, 8)}`,
      title: { en: "EU-LAC Digital Dialogue", es: "Diálogo Digital UE-ALC" },
      summary: { en: "Bench" },
      venue: { en: "Hall" },
      city: "Cartagena",
      countryCode: "CO",
      timeZone: "America/Bogota",
      startDate: today,
      endDate: today,
    })
    .returning();
  const [session] = await db
    .insert(sessions)
    .values({
      eventId: event!.id,
      slug: "plenary",
      title: { en: "Plenary", es: "Plenaria" },
      description: { en: "" },
      kind: "plenary",
      room: "Hall A",
      startsAt: new Date(),
      endsAt: new Date(Date.now() + 3_600_000),
      capacity: count,
    })
    .returning();
  const rows: NewRegistration[] = Array.from({ length: count }, (_, i) => ({
    eventId: event!.id,
    givenName: `Delegada ${i}`,
    familyName: "Peña Núñez",
    email: `delegada${i}@example.org`,
    organisation: "Ministerio de Tecnologías de la Información y las Comunicaciones",
    position: "Asesora",
    stakeholderGroup: "government_lac_country",
    countryCode: "CO",
    represents: "Colombia",
    preferredLanguage: "es",
    privacyNoticeVersion: "bench",
    privacyConsentAt: new Date(),
    locale: "es",
    status: i % 50 === 0 ? "cancelled" : "confirmed",
    manageTokenHash: `bench-manage-${i}`,
    checkInToken: `bench-check-in-${i}-${randomUUID()}`,
  }));
  const people: { id: number }[] = [];
  for (let start = 0; start < rows.length; start += 250) {
    people.push(
      ...(await db
        .insert(registrations)
        .values(rows.slice(start, start + 250))
        .returning({ id: registrations.id })),
    );
  }
  await db
    .insert(sessionSignups)
    .values(
      people.filter((_, i) => i % 2 === 0).map((p) => ({ registrationId: p.id, sessionId: session!.id, status: "confirmed" as const })),
    );
  await db.insert(checkIns).values(people.filter((_, i) => i % 3 === 0).map((p) => ({ registrationId: p.id, day: today })));

  const builds: number[] = [];
  let json = "";
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    json = JSON.stringify(await checkInRoster(db, event as Event, "bench-public-key"));
    builds.push(performance.now() - started);
  }
  // A morning's queue from one desk: 500 venue check-ins, a third of them already made elsewhere.
  const body = {
    deviceId: "bench-desk",
    scans: people
      .slice(0, batch)
      .map((p) => ({ id: randomUUID(), registrationId: p.id, sessionId: null, scannedAt: new Date().toISOString() })),
  };
  let started = performance.now();
  const first = await syncScans(db, null, event as Event, body);
  const syncFirst = performance.now() - started;
  started = performance.now();
  await syncScans(db, null, event as Event, body);
  const syncRetry = performance.now() - started;

  const result = {
    database: url ? "postgres" : "pglite",
    delegates: count,
    roster_seconds_median: seconds(median(builds)),
    roster_json_kib: Math.round(json.length / 1024),
    roster_gzip_kib: Math.round(gzipSync(json).length / 1024),
    sync_batch: batch,
    sync_first_seconds: seconds(syncFirst),
    sync_retry_seconds: seconds(syncRetry),
    sync_answers: Object.fromEntries(
      [...new Set(first.map((r) => r.status))].map((status) => [status, first.filter((r) => r.status === status).length]),
    ),
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(path.join("bench", "out"), { recursive: true });
  writeFileSync(path.join("bench", "out", "checkin-roster.json"), `${JSON.stringify(result, null, 2)}\n`);
  await handle.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
