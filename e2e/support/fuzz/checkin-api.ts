import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { encodeSegment, hostileSegment, hostileString } from "./hostile";
import type { Probe, Target } from "./probes";

/**
 * The offline desks' API (GET /api/checkin/[slug]/roster, POST /api/checkin/[slug]/sync) without a
 * session, with a forged one, from this site or another: never a roster, never a recorded scan
 * (the spec compares the database before and after). Signed-in bad bodies: e2e/checkin-walk-ins.spec.ts.
 */
const sameOrigin = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;

function syncBody(known: { registrationIds: number[]; sessionIds: number[] }) {
  const scan = fc.record(
    {
      id: fc.oneof(
        fc.constant(null).map(() => randomUUID()),
        hostileString,
      ),
      code: hostileString,
      registrationId: fc.oneof(fc.constantFrom(...known.registrationIds, 0, -1, 2 ** 31), hostileString),
      sessionId: fc.oneof(fc.constantFrom(...known.sessionIds, null), hostileString),
      scannedAt: fc.oneof(fc.constantFrom("2030-06-10T09:00:00Z", "1970-01-01T00:00:00Z"), hostileString),
      admitWithoutSignup: fc.oneof(fc.boolean(), hostileString),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    fc
      .record({ deviceId: fc.oneof(fc.constant("fuzz-door"), hostileString), scans: fc.array(scan, { maxLength: 4 }) })
      .map((b) => JSON.stringify(b)),
    hostileString,
    fc.constantFrom("{", "", "null", "[]", '{"deviceId":"x","scans":[]}', "\u0000"),
  );
}

export function checkInApiTarget(): Target {
  return {
    name: "routes /api/checkin/[slug]/{roster,sync} (no session)",
    covers: ["/api/checkin/[slug]/roster", "/api/checkin/[slug]/sync"],
    runs: 120,
    probes: ({ world }) => {
      const slug = fc.oneof(
        fc.constantFrom(world.a.slug, world.b.slug, world.draftSlug, world.seededSlug, "no-such-dialogue"),
        hostileSegment.map(encodeSegment).filter((s) => s.length > 0 && s.length < 2000),
      );
      const headers = fc.record(
        {
          Origin: fc.constantFrom(sameOrigin, "https://evil.example", "null"),
          "Content-Type": fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded"),
          Cookie: fc.constantFrom("authjs.session-token=forged", "authjs.session-token=a.b.c"),
        },
        { requiredKeys: [] },
      );
      const ids = { registrationIds: [1, 2, 3], sessionIds: world.a.sessionIds };
      return fc.tuple(slug, fc.constantFrom("roster", "sync"), fc.constantFrom("GET", "POST", "PUT"), headers, syncBody(ids)).map(
        ([s, file, method, h, body]): Probe => ({
          kind: "route",
          method,
          path: `/api/checkin/${s}/${file}`,
          headers: h as Record<string, string>,
          body: method === "GET" ? undefined : body,
        }),
      );
    },
    refusal: (answer) => (answer.status < 400 ? `answered ${answer.status} without a session` : null),
  };
}
