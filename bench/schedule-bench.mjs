#!/usr/bin/env node
// Requests per second of the public schedule against a static file of the same server, in the
// same run, several rounds interleaved (so load from other processes hits both alike).
//   node bench/schedule-bench.mjs --base http://127.0.0.1:3511 [--rounds 3] [--duration 10] [--connections 20]
import autocannon from "autocannon";

const args = {};
process.argv.slice(2).forEach((arg, i, all) => {
  if (arg.startsWith("--")) args[arg.slice(2)] = all[i + 1];
});
const base = (args.base ?? "http://127.0.0.1:3511").replace(/\/$/, "");
const rounds = Number(args.rounds ?? 3);
const duration = Number(args.duration ?? 10);
const connections = Number(args.connections ?? 20);

const targets = [
  { name: "schedule (Cartagena, en)", path: "/en/events/digital-alliance-days-2023/schedule" },
  {
    name: "schedule filtered (?theme&day)",
    path: "/es/events/cybersecurity-dialogue-2024/schedule?theme=secure-connectivity&day=2024-02-14",
  },
  { name: "event page", path: "/fr/events/digital-alliance-days-2023" },
  { name: "static file (/icon.svg)", path: "/icon.svg" },
];

function run(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers: { "accept-encoding": "gzip" } }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Warm up: first requests render and cache the pages.
for (const target of targets) {
  for (let i = 0; i < 3; i++) {
    const response = await fetch(base + target.path);
    if (!response.ok) throw new Error(`${target.path} answered ${response.status}`);
    await response.arrayBuffer();
  }
}

const results = new Map(targets.map((t) => [t.name, []]));
for (let round = 1; round <= rounds; round++) {
  for (const target of targets) {
    const result = await run(base + target.path);
    const non2xx = result.non2xx + result.errors + result.timeouts;
    results.get(target.name).push({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx });
    console.log(
      `round ${round} ${target.name.padEnd(32)} ${result.requests.average.toFixed(0).padStart(6)} req/s  ` +
        `p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms${non2xx ? `  (${non2xx} failed)` : ""}`,
    );
  }
}

console.log(`\nMedian of ${rounds} rounds, ${duration} s each, ${connections} connections, ${base}`);
const staticRps = median(results.get(targets.at(-1).name).map((r) => r.rps));
for (const target of targets) {
  const rps = median(results.get(target.name).map((r) => r.rps));
  console.log(`  ${target.name.padEnd(32)} ${rps.toFixed(0).padStart(6)} req/s  (${((rps / staticRps) * 100).toFixed(0)}% of static)`);
}
