#!/usr/bin/env node
// Registration rush: replays the registration form's real server action (the plain form post a
// browser without JavaScript sends, hidden action fields taken from the page) with unique
// delegates, at a fixed concurrency, then a no-op server action of the same server the same way.
//   node bench/registration-rush.mjs <base url> [requests=600] [concurrency=20]
import { randomUUID } from "node:crypto";
import { formFields, registrationBody } from "../scripts/support/html-form.mjs";

const [base, requestsArg, concurrencyArg] = process.argv.slice(2);
if (!base) {
  console.error("usage: node bench/registration-rush.mjs <base url> [requests] [concurrency]");
  process.exit(2);
}
const REQUESTS = Number(requestsArg ?? 600);
const CONCURRENCY = Number(concurrencyArg ?? 20);
const SLUG = process.env.BENCH_EVENT ?? "digital-alliance-days-2023";

/** The hidden fields of the page's first form: React's action reference and the app's own. */
async function formOf(path) {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return formFields(await response.text());
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(label, path, makeBody, expectStatus) {
  let next = 0;
  const latencies = [];
  const failures = new Map();
  const started = performance.now();
  async function worker() {
    while (next < REQUESTS) {
      const i = next++;
      const t0 = performance.now();
      try {
        const response = await fetch(new URL(path, base), {
          method: "POST",
          body: makeBody(i),
          redirect: "manual",
          // All from 127.0.0.1: the server under test lifts the per-address limits (registration-rush.sh).
          headers: { Origin: new URL(base).origin },
        });
        await response.arrayBuffer();
        if (response.status !== expectStatus) failures.set(response.status, (failures.get(response.status) ?? 0) + 1);
      } catch (error) {
        failures.set(String(error.code ?? error), (failures.get(String(error.code ?? error)) ?? 0) + 1);
      }
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const result = {
    label,
    requests: REQUESTS,
    concurrency: CONCURRENCY,
    perSecond: +(REQUESTS / seconds).toFixed(1),
    p50ms: +percentile(latencies, 50).toFixed(1),
    p95ms: +percentile(latencies, 95).toFixed(1),
    p99ms: +percentile(latencies, 99).toFixed(1),
    failures: Object.fromEntries(failures),
  };
  console.log(
    `${label.padEnd(22)} ${String(result.perSecond).padStart(7)} /s   p50 ${result.p50ms} ms   p95 ${result.p95ms} ms   p99 ${result.p99ms} ms` +
      (failures.size ? `   unexpected: ${JSON.stringify(result.failures)}` : ""),
  );
  return result;
}

const registerPath = `/en/events/${SLUG}/register`;
const register = await formOf(registerPath);
const noop = await formOf("/en/test/noop-action");
if (register.sessions.length < 2) throw new Error("The registration form shows no sessions: is the event seeded?");
// Everyone wants the same two sessions (the opening plenary and the first themed one): a hot spot.
const wanted = register.sessions.slice(0, 2);
const runId = randomUUID().slice(0, 8);

function noopBody() {
  const body = new FormData();
  for (const [name, value] of noop.hidden) body.append(name, value);
  return body;
}

// Warm both paths up (JIT, connection pools) before measuring.
for (let i = 0; i < 20; i++)
  await fetch(new URL("/en/test/noop-action", base), {
    method: "POST",
    body: noopBody(),
    redirect: "manual",
    headers: { Origin: new URL(base).origin },
  });

const results = [];
results.push(await run("no-op server action", "/en/test/noop-action", noopBody, 303));
results.push(await run("registration action", registerPath, (i) => registrationBody(register, wanted, { label: "Bench", runId, i }), 303));
console.log(JSON.stringify({ runId, sessions: wanted, results }));
