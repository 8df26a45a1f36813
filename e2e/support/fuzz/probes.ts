import fc from "fast-check";
import { capSize, extraFields, type Form, hostileField, hostileLocale, hostileString } from "./hostile";
import { type ActionCall, type Answer, type Encoding, postAction, send, someClient } from "./http";
import type { World } from "./world";

/** One hostile request, as plain data (fast-check prints it when a property fails). */
export type Probe =
  | { kind: "action"; call: ActionCall }
  | { kind: "route"; method: string; path: string; headers?: Record<string, string>; body?: string; csrf?: boolean };

export type Context = { world: World; actionIds: Map<string, string> };

/**
 * A part of the public surface and how to fuzz it. `covers` names what it fuzzes: server actions
 * as "file#export" (as in the build's manifest) and route handlers as their route
 * ("/api/manage/[token]/qr"). `refusal`, if given, says why an answer is not a refusal.
 */
export type Target = {
  name: string;
  covers: string[];
  runs: number;
  probes: (context: Context) => fc.Arbitrary<Probe>;
  refusal?: (answer: Answer, probe: Probe) => string | null;
};

export async function run(base: string, probe: Probe): Promise<Answer> {
  if (probe.kind === "action") return postAction(base, probe.call);
  const headers: Record<string, string> = { "X-Forwarded-For": someClient(), ...probe.headers };
  let body = probe.body;
  if (probe.csrf) {
    // Auth.js's double-submit token, as a browser holds it: the hostile form gets past the CSRF check.
    const response = await fetch(new URL("/api/auth/csrf", base));
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    headers.Cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    body = `${body ? `${body}&` : ""}csrfToken=${encodeURIComponent(csrfToken)}`;
  }
  return send(base, probe.path, { method: probe.method, headers, body });
}

/** A short description of a probe for failure messages (long values cut). */
export function describeProbe(probe: Probe): string {
  const text = JSON.stringify(probe, (_k, v: unknown) =>
    typeof v === "string" && v.length > 120 ? `${v.slice(0, 120)}…(${v.length})` : v,
  );
  return text.length > 1500 ? `${text.slice(0, 1500)}…` : text;
}

/** Links that open nothing: erased, forged, altered, of another purpose, or not a link at all. */
export function deadToken(world: World): fc.Arbitrary<string> {
  const live = world.manage.live;
  return fc.oneof(
    fc.constantFrom(world.manage.erased, world.reset.expired, world.reset.used, world.invitation.expired, world.setupExpired, ""),
    fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString("base64url")),
    fc.nat({ max: live.length - 1 }).map((i) => `${live.slice(0, i)}${live[i] === "x" ? "y" : "x"}${live.slice(i + 1)}`),
    fc.constantFrom(live.toUpperCase(), `${live}\u0000`, ` ${live}`, `${live}/`, live.slice(1)),
    hostileString,
  );
}

/** Every field hostile ("token" a dead link), plus strange extra fields. */
export function hostileForm(world: World, fields: string[]): fc.Arbitrary<Form> {
  const parts = fields.map((name): fc.Arbitrary<Form> => {
    if (name === "token")
      return fc.oneof(
        deadToken(world).map((t): Form => [["token", t]]),
        hostileField("token"),
      );
    if (name === "locale")
      return fc.oneof(
        hostileLocale.map((l): Form => [["locale", l]]),
        hostileField("locale"),
      );
    // A well-formed address nobody registered (the fixtures' addresses never come up).
    if (name === "email")
      return fc.oneof(
        hostileField("email"),
        fc.nat().map((n): Form => [["email", `nobody.${n.toString(36)}@example.org`]]),
      );
    return hostileField(name);
  });
  return fc.tuple(fc.tuple(...parts), extraFields).map(([filled, extra]) => capSize([...filled.flat(), ...extra]));
}

/** A probe that posts `form` to the action `file#export` from `page`, in one of `encodings`. */
export function actionProbe(
  context: Context,
  action: string,
  page: fc.Arbitrary<string> | string,
  form: fc.Arbitrary<Form>,
  encodings: Encoding[],
): fc.Arbitrary<Probe> {
  const id = context.actionIds.get(action);
  if (!id) throw new Error(`${action} is not in the build's action manifest (run next build)`);
  const path = typeof page === "string" ? fc.constant(page) : page;
  return fc
    .record({ path, form, encoding: fc.constantFrom(...encodings) })
    .map(({ path, form, encoding }): Probe => ({ kind: "action", call: { path, id, encoding, form } }));
}

/** A public action whose every input is hostile: one line per action in ./surface.ts. */
export function publicAction(action: string, page: string, encodings: Encoding[], fields: string[], runs: number): Target {
  return {
    name: action.replace(/^app\//, ""),
    covers: [action],
    runs,
    probes: (context) => actionProbe(context, action, page, hostileForm(context.world, fields), encodings),
  };
}

/**
 * An organiser action called without a session, or with a forged one: it must say "sign in"
 * whatever the input, and change nothing.
 */
export function organiserAction(action: string, page: string, fields: string[], runs = 24): Target {
  const forged = fc.oneof(fc.constant(undefined), fc.constantFrom("forged", "a.b.c", "eyJhbGciOiJub25lIn0.e30.", "%00", "x".repeat(4000)));
  return {
    name: `${action.replace(/^app\//, "")} (no session)`,
    covers: [action],
    runs,
    probes: (context) =>
      fc
        .tuple(actionProbe(context, action, page, hostileForm(context.world, fields), ["state", "html"]), forged)
        .map(([probe, cookie]): Probe => {
          if (probe.kind !== "action" || !cookie) return probe;
          return { ...probe, call: { ...probe.call, headers: { Cookie: `authjs.session-token=${cookie}` } } };
        }),
    refusal: (answer, probe) =>
      probe.kind === "action" && probe.call.encoding === "state" && !answer.body.includes('"signInRequired"')
        ? "not refused with signInRequired"
        : null,
  };
}
