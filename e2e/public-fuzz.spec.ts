import { connect } from "node:net";
import fc from "fast-check";
import { test as base, expect } from "./support/fixtures";
import { builtActions, builtRouteHandlers, postAction, send } from "./support/fuzz/http";
import { describeProbe, run, type Target } from "./support/fuzz/probes";
import { snapshot } from "./support/fuzz/snapshot";
import { targets, totalRuns } from "./support/fuzz/surface";
import { prepareWorld, type World } from "./support/fuzz/world";

/**
 * Property-based fuzzing of the whole public surface over HTTP, against the built app on
 * PostgreSQL (issue 9): every server action and route handler gets hostile inputs (NUL bytes and
 * control characters, huge strings, wrong types, repeated fields, Unicode oddities, unknown ids,
 * another dialogue's ids, dead and forged links, bad locales and slugs). Properties: no answer is
 * a 5xx, and no table changes (row counts and a checksum of every row, see ./support/fuzz/snapshot.ts).
 *
 * Runs in its own Playwright project after every other one (playwright.config.ts), one test at a
 * time, so that only hostile requests reach the database between two snapshots. On a failure,
 * fast-check prints the seed and the shrunk input.
 */
const IN_FLIGHT = 4;

const test = base.extend<object, { world: World }>({
  world: [async ({ database }, use) => use(await prepareWorld(database.db)), { scope: "worker" }],
});

test("every server action and route handler of the build is fuzzed", () => {
  const covered = new Set(targets.flatMap((t) => t.covers));
  const actions = [...builtActions().keys()];
  const routes = builtRouteHandlers();
  expect(
    actions.filter((a) => !covered.has(a)),
    "add the action to e2e/support/fuzz/surface.ts",
  ).toEqual([]);
  expect(
    routes.filter((r) => !covered.has(r)),
    "add the route to e2e/support/fuzz/routes.ts",
  ).toEqual([]);
  expect(
    [...covered].filter((c) => !actions.includes(c) && !routes.includes(c)),
    "no longer in the build",
  ).toEqual([]);
  expect(totalRuns).toBeGreaterThanOrEqual(2000);
});

/** Sends raw bytes and resolves with what the server wrote before closing. */
function rawRequest(host: string, port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port }, () => socket.end(request));
    let answer = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.on("close", () => resolve(answer));
    socket.on("error", (error) => (answer ? resolve(answer) : reject(error)));
  });
}

/** fast-check's report without the (possibly megabyte-long) counterexample; our error describes it. */
function shortReport(error: unknown): Error {
  const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : "";
  const text = (error instanceof Error ? error.message : String(error)) + cause;
  return new Error(
    text
      .split("\n")
      .map((line) => (line.length > 2500 ? `${line.slice(0, 2500)}…` : line))
      .join("\n"),
  );
}

async function fuzz(target: Target, world: World, baseURL: string) {
  const probes = fc.array(target.probes({ world, actionIds: builtActions() }), { minLength: IN_FLIGHT, maxLength: IN_FLIGHT });
  const property = fc.asyncProperty(probes, async (batch) => {
    const answers = await Promise.all(batch.map((probe) => run(baseURL, probe)));
    answers.forEach((answer, i) => {
      const problem = answer.status === 0 || answer.status >= 500 ? `answered ${answer.status}` : target.refusal?.(answer, batch[i]!);
      if (problem) throw new Error(`${problem}\n  request: ${describeProbe(batch[i]!)}\n  answer: ${answer.body.slice(0, 300)}`);
    });
  });
  // No shrinking: each step would be more requests; the error names the request that failed.
  await fc.assert(property, { numRuns: Math.ceil(target.runs / IN_FLIGHT), endOnFailure: true });
}

for (const target of targets) {
  test(`${target.name}: ${target.runs} hostile inputs, no 5xx, no change stored`, async ({ world, database, baseURL }) => {
    test.setTimeout(180_000);
    const before = await snapshot(database.db);
    let failure: Error | undefined;
    await fuzz(target, world, baseURL!).catch((error: unknown) => (failure = shortReport(error)));
    expect.soft(await snapshot(database.db), "the database changed").toEqual(before);
    if (failure) throw failure;
  });
}

/**
 * Requests Next itself would answer with a 500 before any app code runs (issue 9): each is refused
 * with a 4xx in front of Next (proxy.ts, lib/security/*, lib/socket-address.ts).
 */
test.describe("refused before any app code runs (issue 9)", () => {
  const signIn = "app/[locale]/sign-in/actions.ts#signInAction";
  const form: [string, string][] = [
    ["email", "nobody@example.org"],
    ["password", "wrong password"],
  ];

  // proxy.ts refuses it before Next reads the body (lib/security/request-guard.ts).
  test("a server action posted with a foreign Origin answers 403", async ({ database, baseURL }) => {
    const before = await snapshot(database.db);
    const answer = await postAction(baseURL!, {
      path: "/en/sign-in",
      id: builtActions().get(signIn)!,
      encoding: "state",
      form,
      headers: { Origin: "https://evil.example" },
    });
    expect(await snapshot(database.db)).toEqual(before);
    expect(answer.status).toBe(403);
  });

  // proxy.ts refuses it by its declared length (lib/security/request-guard.ts).
  test("a server action body over 1 MB answers 413", async ({ database, baseURL }) => {
    const before = await snapshot(database.db);
    const answer = await postAction(baseURL!, {
      path: "/en/sign-in",
      id: builtActions().get(signIn)!,
      encoding: "state",
      form: [...form, ["padding", "x".repeat(1_100_000)]],
    });
    expect(await snapshot(database.db)).toEqual(before);
    expect(answer.status).toBe(413);
  });

  // Next's busboy cannot read the part header: proxy.ts reads the body first (lib/security/action-body.ts).
  test("a server action body with a malformed part header answers 4xx", async ({ database, baseURL }) => {
    const before = await snapshot(database.db);
    const answer = await postAction(baseURL!, {
      path: "/en/sign-in",
      id: builtActions().get(signIn)!,
      encoding: "state",
      form: [...form, ["\u0000", "x"]],
    });
    expect(await snapshot(database.db)).toEqual(before);
    expect(answer.status >= 400 && answer.status < 500, `answered ${answer.status}`).toBe(true);
  });

  // React's decoder would throw (not JSON, not a list, a reference to a part that is missing).
  test("a server action with a malformed argument list answers 4xx", async ({ database, baseURL }) => {
    const before = await snapshot(database.db);
    for (const rawArgs of ["", "not json", "null", '["$Q1"]', '["$B1"]', '["$F1"]', "[".repeat(5000)]) {
      const answer = await postAction(baseURL!, { path: "/en/sign-in", id: builtActions().get(signIn)!, encoding: "state", form, rawArgs });
      expect(answer.status >= 400 && answer.status < 500, `${rawArgs.slice(0, 20)}: answered ${answer.status}`).toBe(true);
    }
    expect(await snapshot(database.db)).toEqual(before);
  });

  // Refused with 400 as the request arrives, before Next's router (lib/security/path-guard.ts).
  // Beyond Node's 16 KB of headers: 431, whatever comes after (read on a raw socket, as fetch may
  // see the close before the answer).
  test("an over-long request line answers 431", async ({ baseURL }) => {
    const { port, hostname } = new URL(baseURL!);
    for (const target of [`/en/events/${"%F0%9F%98%80".repeat(2000)}`, `/${"a".repeat(20_000)}`, `/api/health?x=${"b".repeat(20_000)}`]) {
      const head = await rawRequest(hostname, Number(port), `GET ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
      expect(head.split("\r\n")[0], target.slice(0, 40)).toBe("HTTP/1.1 431 Request Header Fields Too Large");
    }
  });

  test("a malformed percent-encoding in a path answers 4xx", async ({ baseURL }) => {
    // The last: a well-encoded "%" (%25) that Next decodes twice.
    for (const path of [
      "/en/manage/%ff",
      "/api/manage/%E0%A4%A/qr",
      "/en/events/%c0/programme.ics",
      "/%ff",
      "/en/dashboard/events/x/exports/a%25%3A",
    ]) {
      const { status } = await send(baseURL!, path, {});
      expect(status >= 400 && status < 500, `${path}: ${status}`).toBe(true);
    }
  });
});
