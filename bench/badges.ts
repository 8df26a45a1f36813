/**
 * Time and memory of the badges download (issue 11's target: 500 badges in under 15 s, server
 * memory under 500 MB): what the route `/[locale]/dashboard/events/[slug]/badges/pdf` runs after
 * its session check — the batch query and the PDF (lib/badges/document.ts) — over 500 confirmed
 * registrations with accented names, one in ten with a photo, four per A4 sheet and one per A6.
 *
 *   npx tsx --conditions=react-server bench/badges.ts        (BADGES=500 by default)
 *   BENCH_DATABASE_URL=postgres://…/empty_db npx tsx --conditions=react-server bench/badges.ts
 *
 * The database is the embedded one (PGlite, as `npm start` runs without DATABASE_URL), or an
 * empty PostgreSQL database given as BENCH_DATABASE_URL. It is
 * filled in a folder of its own, then a fresh process opens it and renders, so that the memory
 * figure is what a server holds for this download (the database included), not the cost of
 * filling it: `rss_mb` is that process's peak resident set. Prints the figures and writes them to
 * bench/out/badges.json: per layout seconds, pages, KiB and peak RSS, and the worst of each.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { events, type NewRegistration, registrations, uploads } from "@/db/schema";
import { badgeDocument } from "@/lib/badges/document";
import { checkUpload } from "@/lib/uploads/check";

const count = Number(process.env.BADGES ?? 500);
const groups = ["government_lac_country", "government_eu_member_state", "civil_society", "private_sector", "academia_research"] as const;

async function prepare(where: { dataDir: string } | { url: string }) {
  const handle = openDatabase(where);
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
  const original = await sharp({ create: { width: 1600, height: 2000, channels: 3, background: "#8a6f5a" } })
    .jpeg()
    .toBuffer();
  const checked = await checkUpload("photo", original);
  if (!checked.ok) throw new Error("photo refused");
  const rows: NewRegistration[] = [];
  for (let i = 0; i < count; i++) {
    let photoUploadId: number | null = null;
    if (i % 10 === 0) {
      const [upload] = await db
        .insert(uploads)
        .values({
          eventId: event!.id,
          kind: "photo",
          contentType: "image/jpeg",
          size: checked.bytes.length,
          content: checked.bytes,
          downloadName: `p${i}.jpg`,
        })
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
  await handle.close();
}

/** In the fresh process: open the filled database, render both layouts, print the figures as JSON. */
async function measure(where: { dataDir: string } | { url: string }) {
  const handle = openDatabase(where);
  const [event] = await handle.db.select().from(events).where(eq(events.slug, "bench-badges"));
  // Before any badge: what the process holds with the database open (PGlite's share of the figure).
  const results: Record<string, { seconds: number; pages?: number; kib?: number; rss_mb: number }> = {
    database_open: { seconds: 0, rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) },
  };
  for (const layout of ["a4", "a6"] as const) {
    const started = performance.now();
    const document = await badgeDocument(handle.db, event!, { scope: "all", layout, language: "pt" });
    const seconds = (performance.now() - started) / 1000;
    const pdf = document!.pdf;
    results[layout] = {
      seconds: Number(seconds.toFixed(2)),
      pages: (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length,
      kib: Math.round(pdf.length / 1024),
      // Peak so far (kilobytes): the a6 figure covers both renders.
      rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  }
  await handle.close();
  process.stdout.write(JSON.stringify(results));
}

async function main() {
  const dataDir = process.env.BENCH_BADGES_DATA;
  const url = process.env.BENCH_DATABASE_URL;
  if (dataDir) return measure(url ? { url } : { dataDir });
  const folder = mkdtempSync(path.join(tmpdir(), "bench-badges-"));
  try {
    await prepare(url ? { url } : { dataDir: path.join(folder, "db") });
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!], {
      env: { ...process.env, BENCH_BADGES_DATA: path.join(folder, "db") },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    if (child.status !== 0) throw new Error(`the measuring process failed (${child.status})`);
    const results = JSON.parse(child.stdout) as Record<string, { seconds: number; rss_mb: number; pages?: number; kib?: number }>;
    for (const [step, r] of Object.entries(results)) {
      console.log(`${count} badges, ${step}: ${r.seconds} s, ${r.pages ?? 0} pages, ${r.kib ?? 0} KiB, peak RSS ${r.rss_mb} MB`);
    }
    const all = Object.values(results);
    // The worst layout: the figures the target is about.
    const summary = {
      badges: count,
      seconds: Math.max(...all.map((r) => r.seconds)),
      rss_mb: Math.max(...all.map((r) => r.rss_mb)),
      ...results,
    };
    mkdirSync("bench/out", { recursive: true });
    writeFileSync("bench/out/badges.json", `${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
