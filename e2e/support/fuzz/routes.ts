import fc from "fast-check";
import { encodeSegment, hostileLocale, hostileSegment, hostileString } from "./hostile";
import { deadToken, type Probe, type Target } from "./probes";
import type { World } from "./world";

/** Route handlers, fuzzed through their path, query, method, headers and body. */

/**
 * Longest request target sent: what common proxies accept (nginx: 8 KB). Beyond Node's 16 KB of
 * headers the server answers 431 and closes while the client may still be writing, so the client
 * sees a reset, not an answer; the spec's "over-long request line" case checks that answer.
 */
const MAX_TARGET = 8000;
const segment = (values: fc.Arbitrary<string>) => values.map(encodeSegment).filter((s) => s.length <= MAX_TARGET / 4);
const locale = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("en", "es", "pt", "fr") },
  { weight: 3, arbitrary: segment(hostileLocale.filter((l) => l.length > 0)) },
);
const query = fc
  .option(fc.array(fc.tuple(fc.constantFrom("locale", "theme", "day", "callbackUrl", "x", "__proto__"), hostileString), { maxLength: 3 }), {
    nil: [],
  })
  .map((pairs) =>
    pairs.length ? `?${new URLSearchParams(pairs.map(([k, v]) => [k, v.slice(0, 3000)])).toString()}`.slice(0, MAX_TARGET / 4) : "",
  );
const get = (paths: fc.Arbitrary<string>): fc.Arbitrary<Probe> =>
  fc.tuple(paths, query).map(([path, q]): Probe => ({ kind: "route", method: "GET", path: path + q }));
const methods = fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
const body = fc.option(fc.oneof(hostileString, fc.constantFrom("{", "[]", '{"now":1}', "a=b&c=%00", "\u0000".repeat(100))), {
  nil: undefined,
});

function slug(world: World) {
  return fc.oneof(fc.constantFrom(world.seededSlug, world.a.slug, world.draftSlug, "no-such-dialogue"), segment(hostileSegment));
}

function token(world: World) {
  return fc.oneof(
    fc.constantFrom(world.manage.live, world.manage.cancelled),
    segment(deadToken(world).filter((t) => t.length > 0)),
    segment(hostileSegment),
  );
}

export function routeTargets(): Target[] {
  return [
    ...(["programme.ics", "programme.json"] as const).map(
      (file): Target => ({
        name: `route /[locale]/events/[slug]/${file}`,
        covers: [`/[locale]/events/[slug]/${file}`],
        runs: 80,
        probes: ({ world }) => get(fc.tuple(locale, slug(world)).map(([l, s]) => `/${l}/events/${s}/${file}`)),
      }),
    ),
    {
      name: "route session.ics",
      covers: ["/[locale]/events/[slug]/sessions/[session]/session.ics"],
      runs: 80,
      probes: ({ world }) =>
        get(
          fc
            .tuple(locale, slug(world), fc.oneof(fc.constantFrom(...world.a.sessionSlugs, "opening-plenary"), segment(hostileSegment)))
            .map(([l, s, session]) => `/${l}/events/${s}/sessions/${session}/session.ics`),
        ),
    },
    {
      name: "routes /api/manage/[token]/{calendar,data,qr,certificate}",
      covers: ["/api/manage/[token]/calendar", "/api/manage/[token]/data", "/api/manage/[token]/qr", "/api/manage/[token]/certificate"],
      runs: 280,
      probes: ({ world }) =>
        get(
          fc.tuple(token(world), fc.constantFrom("calendar", "data", "qr", "certificate")).map(([t, file]) => `/api/manage/${t}/${file}`),
        ),
    },
    {
      // The tracked way into the private conference: the fuzz world has no remote delegate, so
      // every link answers 404 (or 400 for a bad session, 429 when limited), never a redirect or a 500.
      name: "route /[locale]/manage/[token]/join",
      covers: ["/[locale]/manage/[token]/join"],
      runs: 80,
      probes: ({ world }) =>
        fc
          .tuple(
            locale,
            token(world),
            fc.option(fc.oneof(fc.constantFrom("1", "0", "-1", "abc", "1e3", "99999999999"), hostileString), { nil: undefined }),
            fc.constantFrom("GET", "POST", "HEAD"),
          )
          .map(
            ([l, t, session, method]): Probe => ({
              kind: "route",
              method,
              path: `/${l}/manage/${t}/join${session === undefined ? "" : `?session=${encodeURIComponent(session.slice(0, 1000))}`}`,
            }),
          ),
    },
    {
      // Links that open no delegation (the fuzz world has none): 404 or 429, never a file or a 500.
      name: "routes /api/delegations/[token]/{letter,template}",
      covers: ["/api/delegations/[token]/letter", "/api/delegations/[token]/template"],
      runs: 80,
      probes: ({ world }) =>
        fc.tuple(token(world), fc.constantFrom("letter", "template"), query, fc.constantFrom("GET", "POST"), body).map(
          ([t, file, q, method, b]): Probe => ({
            kind: "route",
            method,
            path: `/api/delegations/${t}/${file}${q}`,
            body: method === "GET" ? undefined : b,
          }),
        ),
    },
    {
      name: "routes /api/health, /api/time, /icon.svg, /robots.txt, /sitemap.xml",
      covers: ["/api/health", "/api/time", "/icon.svg", "/robots.txt", "/sitemap.xml"],
      runs: 60,
      probes: () =>
        fc.tuple(fc.constantFrom("/api/health", "/api/time", "/icon.svg", "/robots.txt", "/sitemap.xml"), query, methods, body).map(
          ([path, q, method, b]): Probe => ({
            kind: "route",
            method,
            path: path + q,
            body: method === "GET" || method === "HEAD" ? undefined : b,
          }),
        ),
    },
    {
      // The offline desk's manifest: public and data-free; a bad slug or locale is a 400.
      name: "route /api/checkin/[slug]/manifest",
      covers: ["/api/checkin/[slug]/manifest"],
      runs: 60,
      probes: ({ world }) =>
        fc
          .tuple(slug(world), fc.option(locale, { nil: undefined }), query)
          .map(([s, l, q]): Probe => ({ kind: "route", method: "GET", path: `/api/checkin/${s}/manifest${l ? `?locale=${l}` : q}` })),
    },
    authTarget(),
    {
      // Test-only routes (404 unless DIALOGOS_TEST_API=1, which e2e sets): never a valid clock,
      // which would move the server's time for everything after.
      name: "test-only routes /api/test/{clock,revalidate}",
      covers: ["/api/test/clock", "/api/test/revalidate"],
      runs: 60,
      probes: () => {
        const invalid = fc.oneof(
          hostileString.map((s) => JSON.stringify({ now: `x${s}`, slug: s })),
          fc.constantFrom("{", "", "[]", "null", '{"now":20240101}', '{"now":"2024-13-45T99:99:99Z"}', '{"slug":"../x"}', "\u0000"),
        );
        return fc.tuple(fc.constantFrom("/api/test/clock", "/api/test/revalidate"), fc.constantFrom("POST", "PUT", "GET"), invalid).map(
          ([path, method, b]): Probe => ({
            kind: "route",
            method,
            path,
            body: method === "GET" ? undefined : b,
            headers: { "Content-Type": "application/json" },
          }),
        );
      },
    },
    {
      name: "organiser route exports/[kind] (no session)",
      covers: ["/[locale]/dashboard/events/[slug]/exports/[kind]"],
      runs: 60,
      probes: ({ world }) =>
        get(
          fc
            .tuple(
              locale,
              slug(world),
              fc.oneof(fc.constantFrom("registrations.csv", "registrations.xlsx", "attendance.csv"), segment(hostileSegment)),
            )
            .map(([l, s, k]) => `/${l}/dashboard/events/${s}/exports/${k}`),
        ),
      refusal: (answer) => (answer.status === 200 ? "an export answered without a session" : null),
    },
    {
      name: "organiser route badges/pdf (no session)",
      covers: ["/[locale]/dashboard/events/[slug]/badges/pdf"],
      runs: 40,
      probes: ({ world }) =>
        get(
          fc
            .tuple(locale, slug(world), fc.oneof(fc.constantFrom("all", "group", "registration"), segment(hostileSegment)))
            .map(([l, s, scope]) => `/${l}/dashboard/events/${s}/badges/pdf?scope=${encodeURIComponent(scope)}&registration=1&layout=a6`),
        ),
      refusal: (answer) => (answer.status === 200 ? "badges answered without a session" : null),
    },
    {
      name: "organiser route certificates/[id] (no session)",
      covers: ["/[locale]/dashboard/events/[slug]/certificates/[id]"],
      runs: 40,
      probes: ({ world }) =>
        get(
          fc
            .tuple(locale, slug(world), fc.oneof(fc.constantFrom("1", "2147483648", "0", "-1"), segment(hostileSegment)))
            .map(([l, s, id]) => `/${l}/dashboard/events/${s}/certificates/${id}`),
        ),
      refusal: (answer) => (answer.status === 200 ? "a certificate answered without a session" : null),
    },
    {
      name: "organiser route invitations/template (no session)",
      covers: ["/[locale]/dashboard/events/[slug]/invitations/template"],
      runs: 20,
      probes: ({ world }) =>
        get(
          fc
            .tuple(locale, slug(world), fc.oneof(fc.constantFrom("csv", "xlsx"), segment(hostileSegment)))
            .map(([l, s, f]) => `/${l}/dashboard/events/${s}/invitations/template?format=${encodeURIComponent(f)}`),
        ),
      refusal: (answer) => (answer.status === 200 ? "a template answered without a session" : null),
    },
    {
      name: "organiser route delegations/[id]/letter (no session)",
      covers: ["/[locale]/dashboard/events/[slug]/delegations/[id]/letter"],
      runs: 20,
      probes: ({ world }) =>
        get(
          fc
            .tuple(locale, slug(world), fc.oneof(fc.constantFrom("1", "0", "2147483648", "-1"), segment(hostileSegment)))
            .map(([l, s, id]) => `/${l}/dashboard/events/${s}/delegations/${id}/letter`),
        ),
      refusal: (answer) => (answer.status === 200 ? "a letter answered without a session" : null),
    },
    {
      name: "administrator route visa/[id]/letter (no session)",
      covers: ["/[locale]/dashboard/events/[slug]/visa/[id]/letter"],
      runs: 20,
      probes: ({ world }) =>
        get(
          fc
            .tuple(locale, slug(world), fc.oneof(fc.constantFrom("1", "0", "2147483648"), segment(hostileSegment)))
            .map(([l, s, id]) => `/${l}/dashboard/events/${s}/visa/${id}/letter`),
        ),
      refusal: (answer) => (answer.status === 200 ? "a visa letter answered without a session" : null),
    },
  ];
}

/** Auth.js: every action of its route, with and without a real CSRF token (see the spec). */
function authTarget(): Target {
  const action = fc.oneof(
    fc.constantFrom(
      "signin",
      "signin/credentials",
      "callback/credentials",
      "signout",
      "session",
      "csrf",
      "providers",
      "error",
      "verify-request",
      "callback/github",
      "signin/nope",
    ),
    segment(hostileSegment),
  );
  const form = fc
    .array(fc.tuple(fc.constantFrom("email", "password", "csrfToken", "callbackUrl", "redirect", "json"), hostileString), { maxLength: 5 })
    .map((pairs) => new URLSearchParams(pairs.map(([k, v]) => [k, v.slice(0, 5000)])).toString());
  const contentType = fc.constantFrom(
    "application/x-www-form-urlencoded",
    "application/json",
    "text/plain",
    "multipart/form-data; boundary=x",
  );
  return {
    name: "route /api/auth/[...nextauth]",
    covers: ["/api/auth/[...nextauth]"],
    runs: 200,
    probes: () =>
      fc.tuple(action, fc.constantFrom("GET", "POST", "POST", "PUT"), form, contentType, query, fc.boolean()).map(
        ([a, method, b, type, q, csrf]): Probe => ({
          kind: "route",
          method,
          path: `/api/auth/${a}${q}`,
          body: method === "GET" ? undefined : b,
          headers: { "Content-Type": type },
          csrf: method === "POST" && csrf,
        }),
      ),
  };
}
