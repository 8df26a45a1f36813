#!/usr/bin/env node
// Fault test on real PostgreSQL: the database server restarts (pg_ctl restart -m fast) in the
// middle of a 20 s registration rush against the built app (`next start`).
// Passes when: no answer is a 5xx other than 503; answers during the outage are the localized
// "try again" page (503, or the 303 to it), never a stack trace; the app recovers by itself
// (registrations succeed again after the restart, /api/health is 200); and afterwards every
// registration is whole (no sign-up without its registration, no session over capacity, every
// sign-up counted in its session's seats).
// Needs: a build (.next), PG_TEST_URL, PG_CLUSTER_DIR and PG_CLUSTER_BINDIR (scripts/pg-cluster.sh).
//   node tests/fault/database-restart.mjs        FAULT_PORT (default 3990)
import { execFileSync, spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import postgres from "postgres";
import { formFields, registrationBody } from "../../scripts/support/html-form.mjs";

const { PG_TEST_URL, PG_CLUSTER_DIR, PG_CLUSTER_BINDIR } = process.env;
if (!PG_TEST_URL || !PG_CLUSTER_DIR || !PG_CLUSTER_BINDIR) {
  console.error("PG_TEST_URL, PG_CLUSTER_DIR and PG_CLUSTER_BINDIR must be set (source scripts/pg-cluster.sh; pg_cluster_start)");
  process.exit(2);
}
const PORT = Number(process.env.FAULT_PORT ?? 3990);
const BASE = `http://127.0.0.1:${PORT}`;
const RUSH_MS = 20_000; // plus up to 15 s for a post stalled by the driver (database-outage-guard.ts)
const RESTART_AT_MS = 6_000;
const CONCURRENCY = 8;
const SLUG = "digital-alliance-days-2023";
const TRY_AGAIN = "Temporarily unavailable"; // common.unavailable.title, en

const admin = postgres(PG_TEST_URL, { max: 1, onnotice: () => {} });
await admin.unsafe("drop database if exists dialogos_fault");
await admin.unsafe("create database dialogos_fault");
await admin.end();
const databaseUrl = `${PG_TEST_URL.replace(/\/postgres$/, "")}/dialogos_fault`;

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(33).toString("base64url"),
    CHECKIN_SIGNING_KEY: randomBytes(32).toString("base64url"),
    APP_URL: BASE,
    TRUSTED_PROXY_HOPS: "1", // each simulated delegate has its own address, as behind a proxy
    NEXT_TELEMETRY_DISABLED: "1",
  },
  stdio: ["ignore", "pipe", "pipe"],
});
let serverLog = "";
server.stdout.on("data", (chunk) => (serverLog += chunk));
server.stderr.on("data", (chunk) => (serverLog += chunk));
const problems = [];

try {
  await waitForHealth(60_000);
  // Every delegate here is new and unconfirmed: lift the dialogue's ceiling on live unconfirmed
  // holds (100 by default), or the rush would meet it and measure that instead of the restart.
  const setup = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await setup`update events set max_unconfirmed_holds = 1000000`;
  await setup.end();
  const form = await formOf(`/en/events/${SLUG}/register`);
  const wanted = form.sessions.slice(0, 2);
  const runId = randomUUID().slice(0, 8);
  const tally = new Map();
  const count = (key) => tally.set(key, (tally.get(key) ?? 0) + 1);
  let restartedAt = 0;
  let restartDoneAt = 0;
  let successAfterRestart = 0;
  let next = 0;
  const started = Date.now();

  async function worker() {
    while (Date.now() - started < RUSH_MS) {
      const i = next++;
      const sentAt = Date.now() - started;
      try {
        const response = await fetch(`${BASE}/en/events/${SLUG}/register`, {
          method: "POST",
          body: registrationBody(form, wanted, { label: "Fault", runId, i }),
          redirect: "manual",
          headers: { Origin: BASE, "X-Forwarded-For": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
          signal: AbortSignal.timeout(30_000),
        });
        const body = await response.text();
        const location = response.headers.get("location") ?? "";
        if (response.status === 303 && location.endsWith("/register/sent")) {
          count("registered");
          if (restartDoneAt && Date.now() > restartDoneAt) successAfterRestart++;
        } else if (response.status === 303 && location.endsWith("/unavailable")) {
          count("303 to try-again page");
          const page = await fetch(new URL(location, BASE));
          const text = await page.text();
          if (page.status !== 503 || !text.includes(TRY_AGAIN)) problems.push(`try-again page answered ${page.status}`);
        } else if (response.status === 503) {
          count("503 try again");
          if (!body.includes(TRY_AGAIN) || response.headers.get("retry-after") === null) problems.push("503 without the try-again page");
        } else {
          count(`unexpected ${response.status}`);
          problems.push(`unexpected ${response.status} ${location}`);
        }
        if (/\n\s+at |Error:|Failed query/.test(body)) problems.push(`a response shows an error: ${response.status}`);
      } catch (error) {
        count(`network ${error.name}`);
        problems.push(`request sent at ${sentAt} ms failed: ${error.message}`);
      }
    }
  }

  const restart = (async () => {
    await sleep(RESTART_AT_MS);
    restartedAt = Date.now();
    execFileSync(
      "runuser",
      ["-u", "postgres", "--", `${PG_CLUSTER_BINDIR}/pg_ctl`, "-D", `${PG_CLUSTER_DIR}/data`, "-m", "fast", "-w", "restart"],
      { stdio: "ignore" },
    );
    restartDoneAt = Date.now();
  })();
  await Promise.all([...Array.from({ length: CONCURRENCY }, worker), restart]);

  console.log(
    `rush: ${next} posts in ${RUSH_MS / 1000} s; database down for ${restartDoneAt - restartedAt} ms from ${restartedAt - started} ms`,
  );
  console.log(Object.fromEntries(tally));
  const tryAgain = (tally.get("503 try again") ?? 0) + (tally.get("303 to try-again page") ?? 0);
  if (tryAgain === 0) problems.push("no request met the outage (the restart was not seen)");
  if (successAfterRestart === 0) problems.push("no registration succeeded after the restart: the app did not recover");
  const health = await fetch(`${BASE}/api/health`);
  if (health.status !== 200) problems.push(`health after the rush: ${health.status}`);

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const [orphans] =
    await sql`select count(*)::int as n from session_signups s left join registrations r on r.id = s.registration_id where r.id is null`;
  const overCapacity = await sql`select slug from sessions where capacity is not null and seats_taken > capacity`;
  const miscounted = await sql`
    select s.slug, s.seats_taken, count(su.id) filter (where su.status = 'confirmed')::int as confirmed
    from sessions s left join session_signups su on su.session_id = s.id
    where s.capacity is not null group by s.id having s.seats_taken <> count(su.id) filter (where su.status = 'confirmed')`;
  const partial = await sql`
    select r.id from registrations r left join session_signups su on su.registration_id = r.id
    where r.email like ${`fault.${runId}.%`} group by r.id having count(su.id) <> ${wanted.length}`;
  const [registered] = await sql`select count(*)::int as n from registrations where email like ${`fault.${runId}.%`}`;
  await sql.end();
  console.log(`registrations stored: ${registered.n} (successes answered: ${tally.get("registered") ?? 0})`);
  if (orphans.n > 0) problems.push(`${orphans.n} sign-ups without their registration`);
  if (overCapacity.length > 0) problems.push(`sessions over capacity: ${overCapacity.map((r) => r.slug).join(", ")}`);
  if (miscounted.length > 0) problems.push(`seat counts that differ from confirmed sign-ups: ${JSON.stringify(miscounted)}`);
  if (partial.length > 0) problems.push(`${partial.length} registrations without all their sign-ups`);
  if (registered.n < (tally.get("registered") ?? 0)) problems.push("a registration answered as done is missing");
  // A failed query may be logged by its SQL text (placeholders only), never with its values: no
  // delegate's address or name, no parameter list.
  if (serverLog.includes(`fault.${runId}.`) || /Delegate \d|params:/.test(serverLog))
    problems.push("the server log holds a failed query's values");
} finally {
  server.kill("SIGTERM");
}

if (problems.length > 0) {
  console.error(`FAILED:\n  ${[...new Set(problems)].slice(0, 20).join("\n  ")}`);
  console.error(
    serverLog
      .split("\n")
      .filter((line) => !line.includes('"level":30'))
      .slice(-30)
      .join("\n"),
  );
  process.exit(1);
}
console.log("database restart during a registration rush: passed");
process.exit(0);

async function waitForHealth(ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await sleep(500);
  }
  throw new Error(`the server did not start:\n${serverLog}`);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The hidden fields of the registration form (React's action reference and the app's own). */
async function formOf(path) {
  const { hidden, sessions } = formFields(await (await fetch(`${BASE}${path}`)).text());
  if (sessions.length < 2) throw new Error("the registration form shows no sessions");
  return { hidden, sessions };
}
