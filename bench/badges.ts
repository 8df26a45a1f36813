/**
 * Time and memory of the badges download (issue 11's target: 500 badges in under 15 s, server
 * memory under 500 MB): what the route `/[locale]/dashboard/events/[slug]/badges/pdf` runs after
 * its session check — the batch query and the PDF (lib/badges/document.ts) — over 500 confirmed
 * registrations with accented names, one in ten with a photo, four per A4 sheet and one per A6.
 *
 *   npx tsx --conditions=react-server bench/badges.ts        (BADGES=500 by default)
 *
 * The database is the embedded one (PGlite, in this process, as `npm start` runs without
 * DATABASE_URL), so the RSS counts the database too. Prints the figures and writes them to
 * bench/out/badges.json: per layout seconds, pages, KiB and RSS, and the worst of each.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import sharp from "sharp";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { events, type NewRegistration, registrations, uploads } from "@/db/schema";
import { badgeDocument } from "@/lib/badges/document";
import { checkUpload } from "@/lib/uploads/check";

const count = Number(process.env.BADGES ?? 500);
const groups = ["government_lac_country", "government_eu_member_state", "civil_society", "private_sector", "academia_research"] as const;

async function prepare() {
  const handle = openDatabase({ dataDir: null });
  await migrateDatabase(handle);
  const { db } = handle;
  const [event] = await db
    .insert(events)
    .values({
      slug: "bench-badges",
      title: { en: "EU-LAC Digital Dialogue", pt: "Diálogo Digital UE-ALC" },
      summary: { en: "Bench" },
      venue: { en: "Hall" },
      city: "Brasília",
      countryCode: "BR",
      timeZone: "America/Sao_Paulo",
      startDate: "2026-03-02",
      endDate: "2026-03-03",
    })
    .returning();
  // A phone photo, stored as an upload would store it (re-encoded, ≤ 800 px).
  const original = await sharp({ create: { width: 1600, height: 2000, channels: 3, background: "#8a6f5a" } }).jpeg().toBuffer();
  const checked = await checkUpload("photo", original);
  if (!checked.ok) throw new Error("photo refused");
  const rows: NewRegistration[] = [];
  for (let i = 0; i < count; i++) {
    let photoUploadId: number | null = null;
    if (i % 10 === 0) {
      const [upload] = await db
        .insert(uploads)
        .values({ eventId: event!.id, kind: "photo", contentType: "image/jpeg", size: checked.bytes.length, content: checked.bytes, downloadName: `p${i}.jpg` })
        .returning({ id: uploads.id });
      photoUploadId = upload!.id;
    }
    rows.push({
      eventId: event!.id,
      givenName: `Delegada ${i}`,
      familyName: "Peña Núñez Gonçalves",
      email: `delegada${i}@example.org`,
      organisation: "Ministério das Comunicações — Secretaria de Telecomunicações",
      position: "Assessora",
      stakeholderGroup: groups[i % groups.length]!,
      countryCode: "BR",
      represents: "Brasil",
      preferredLanguage: "pt",
      privacyNoticeVersion: "bench",
      privacyConsentAt: new Date(),
      locale: "pt",
      status: "confirmed",
      manageTokenHash: `bench-manage-${i}`,
      checkInToken: `bench-check-in-token-${i}-${"x".repeat(32)}`,
      headOfDelegation: i % 10 === 0,
      badgeRole: i % 25 === 0 ? "speaker" : null,
      photoUploadId,
    });
  }
  for (let start = 0; start < rows.length; start += 100) await db.insert(registrations).values(rows.slice(start, start + 100));
  return { handle, event: event! };
}

async function main() {
  const { handle, event } = await prepare();
  const results: Record<string, { seconds: number; pages: number; kib: number; rss_mb: number }> = {};
  for (const layout of ["a4", "a6"] as const) {
    const started = performance.now();
    const document = await badgeDocument(handle.db, event, { scope: "all", layout, language: "pt" });
    const seconds = (performance.now() - started) / 1000;
    const pdf = document!.pdf;
    const pages = (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    results[layout] = {
      seconds: Number(seconds.toFixed(2)),
      pages,
      kib: Math.round(pdf.length / 1024),
      rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20),
    };
    console.log(
      `${document!.count} badges, ${layout}: ${seconds.toFixed(2)} s, ${pages} pages, ${results[layout].kib} KiB, RSS ${results[layout].rss_mb} MB`,
    );
  }
  const all = Object.values(results);
  const summary = {
    badges: count,
    // The worst layout: the figures the target is about.
    seconds: Math.max(...all.map((r) => r.seconds)),
    rss_mb: Math.max(...all.map((r) => r.rss_mb)),
    ...results,
  };
  mkdirSync("bench/out", { recursive: true });
  writeFileSync("bench/out/badges.json", `${JSON.stringify(summary, null, 2)}\n`);
  await handle.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
