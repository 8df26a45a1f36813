/**
 * Time to load the organisers' registrations table at 10,000 registrations, and the JavaScript
 * size of the check-in desk.
 *
 *   BENCH_DATABASE_URL=postgres://…/empty_db npx tsx bench/registrations-table.ts
 *
 * Migrates and seeds the (empty) database, bulk-inserts 10,000 registrations into one dialogue
 * (one INSERT … SELECT generate_series), starts the built app (`next build` first) on
 * BENCH_PORT (3514), signs an organiser in through Auth.js's credentials endpoint, then requests
 * each table view ROUNDS times one after the other and prints median and p95 in ms.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { hash } from "@node-rs/argon2";
import { eq, sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { events, sessions, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error("Set BENCH_DATABASE_URL to an empty PostgreSQL database.");
const port = Number(process.env.BENCH_PORT ?? 3514);
const rounds = Number(process.env.ROUNDS ?? 30);
const count = Number(process.env.REGISTRATIONS ?? 10_000);
const base = `http://127.0.0.1:${port}`;
const slug = "digital-alliance-days-2023";

async function prepare() {
  const handle = openDatabase({ url: url! });
  await migrateDatabase(handle);
  await seedDatabase(handle.db);
  const db = handle.db;
  const [event] = await db.select().from(events).where(eq(events.slug, slug));
  const [plenary] = await db.select().from(sessions).where(eq(sessions.eventId, event!.id)).orderBy(sessions.startsAt).limit(1);
  const started = Date.now();
  await db.execute(sql`
    insert into registrations (event_id, given_name, family_name, email, organisation, position, stakeholder_group,
      country_code, represents, preferred_language, privacy_notice_version, privacy_consent_at, locale, status,
      manage_token_hash, check_in_token, created_at)
    select ${event!.id},
      (array['Ana','Luis','María','João','Claire','Hans','Sofía','Pedro','Lucía','Marco'])[1 + i % 10],
      'Family' || i,
      'bench' || i || '@example.org',
      (array['Ministerio TIC','European Commission','Universidad Nacional','Telecom SA','ONG Digital','OECD','Banco Central'])[1 + i % 7] || ' ' || (i % 300),
      'Advisor',
      (enum_range(null::stakeholder_group))[1 + i % 9],
      (array['CO','DO','ES','FR','BR','MX','DE','PT','AR','CL'])[1 + i % 10],
      'Delegation',
      'es', 'bench', now(), 'es',
      ((array['pending','confirmed','confirmed','confirmed','cancelled'])[1 + i % 5])::registration_status,
      md5('manage' || i || ${randomBytes(4).toString("hex")}), md5('checkin' || i || ${randomBytes(4).toString("hex")}),
      now() - (i || ' minutes')::interval
    from generate_series(1, ${count}) as i`);
  await db.execute(sql`
    insert into session_signups (registration_id, session_id, status, confirmed_at)
    select id, ${plenary!.id}, 'confirmed', now() from registrations
    where event_id = ${event!.id} and status <> 'cancelled' and id % 7 = 0`);
  await db.execute(sql`analyze`);
  console.log(`Inserted ${count} registrations in ${Date.now() - started} ms`);
  const email = `bench.${randomBytes(3).toString("hex")}@example.org`;
  const password = "benchmark passphrase 2026";
  await db.insert(users).values({ email, name: "Bench Organiser", role: "organiser", passwordHash: await hash(password) });
  await handle.close();
  return { email, password, sessionId: plenary!.id };
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/en/dashboard` }),
  });
  const session = cookiesOf(response).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Sign-in failed (${response.status})`);
  return session;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(name: string, path: string, cookie: string) {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < rounds + 2; i++) {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    if (i >= 2) times.push(performance.now() - started); // two warm-up requests
    size = body.length;
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(22)} median ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms   (${(size / 1024).toFixed(0)} KiB HTML)  ${path}`,
  );
}

async function jsSize(path: string, cookie: string) {
  const html = await (await fetch(`${base}${path}`, { headers: { Cookie: cookie } })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!))];
  let gzip = 0;
  let raw = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  console.log(
    `JS of ${path}: ${sources.length} scripts, ${(gzip / 1024).toFixed(1)} KiB gzip (${(raw / 1024).toFixed(1)} KiB raw); jsQR loads only when the camera starts`,
  );
}

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The server did not start");
}

async function main() {
  const { email, password, sessionId } = await prepare();
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(33).toString("base64url"),
      CHECKIN_SIGNING_KEY: randomBytes(32).toString("base64url"),
      APP_URL: base,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
  });
  try {
    await waitForHealth();
    const cookie = await signIn(email, password);
    const table = `/en/dashboard/events/${slug}/registrations`;
    console.log(`${count} registrations, ${rounds} sequential requests per view after 2 warm-ups:`);
    await measure("baseline: /dashboard", "/en/dashboard", cookie);
    await measure("first page", table, cookie);
    await measure("search (name)", `${table}?q=family123`, cookie);
    await measure("search (organisation)", `${table}?q=telecom%20sa%2012`, cookie);
    await measure("filter status+country", `${table}?status=pending&country=CO`, cookie);
    await measure("filter session", `${table}?session=${sessionId}`, cookie);
    await measure("sort by name", `${table}?sort=name&dir=asc`, cookie);
    await measure("late page (180/200)", `${table}?page=180`, cookie);
    await measure("late page sorted", `${table}?sort=organisation&dir=desc&page=150`, cookie);
    await jsSize(`/en/dashboard/events/${slug}/checkin`, cookie);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
