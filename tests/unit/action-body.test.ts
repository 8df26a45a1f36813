import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionBodyProblem, argumentListProblem } from "@/lib/security/action-body";

/** What React itself (the build Next runs) makes of each argument list: decoded to an array or not. */
function reactDecodes(lists: string[]): boolean[] {
  const out = execFileSync(process.execPath, ["--conditions=react-server", "tests/support/react-decode.cjs"], {
    input: JSON.stringify(lists),
    encoding: "utf8",
  });
  return JSON.parse(out) as boolean[];
}

/** Argument lists as our forms send them (useActionState: previous state, then the form). */
const OURS = [
  '["$K1"]',
  '[{"ok":false},"$K1"]',
  '[{"ok":false,"values":{"name":"$$dollar"},"errors":{"email":["invalid"]},"message":"$undefined"},"$K1"]',
  '["$undefined","$D2024-02-14T09:00:00.000Z","$n123","$NaN","$Infinity","$-Infinity","$-0",1,true,null]',
];

const HOSTILE = [
  "",
  "not json",
  "null",
  '{"0":"$K1"}',
  '"$K1"',
  '["$Q1"]',
  '["$B1"]',
  '["$F1"]',
  '["$1"]',
  '["$@1"]',
  '["$T"]',
  '["$h1"]',
  '["$nabc"]',
  `["$n${"9".repeat(301)}"]`,
  '["$"]',
  "[".repeat(5000),
];

/** Argument lists built from React's own vocabulary: every `$` tag, with and without a tail. */
const token = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(..."$@hHTQWKiIN-uDnABGLMORSUVXglmorsxF0123456789abcdefz"),
      fc.constantFrom("", "1", "0", "ff", "x", "-1", "2024-01-01", "ndefined"),
    )
    .map(([t, tail]) => `$${t}${tail}`),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.constant(null),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    token,
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 3 }), tie("node"), { maxKeys: 2 }),
  ),
})).node;
const generated = fc
  .sample(fc.oneof(fc.array(value, { maxLength: 4 }), value), { numRuns: 400, seed: 9 })
  .map((v) => JSON.stringify(v) ?? "");

describe("server action argument lists", () => {
  it("are refused whenever React cannot decode them", () => {
    const lists = [...OURS, ...HOSTILE, ...generated];
    const decoded = reactDecodes(lists);
    const passedButFail = lists.filter((list, i) => argumentListProblem(list) === null && !decoded[i]);
    expect(passedButFail).toEqual([]);
    // Both outcomes are exercised.
    expect(decoded.filter(Boolean).length).toBeGreaterThan(50);
    expect(decoded.filter((d) => !d).length).toBeGreaterThan(50);
  });

  it("pass as our forms send them (and React decodes them)", () => {
    expect(OURS.map(argumentListProblem)).toEqual(OURS.map(() => null));
    expect(reactDecodes(OURS)).toEqual(OURS.map(() => true));
  });

  // Stricter than React on purpose: a reference to another part ($@, $Q, $R, …) decodes to a
  // promise or stream that our actions never take; refusing it is simpler than following it.
  it("refuse every reference to another part, even one React would leave pending", () => {
    for (const list of ['["$@1"]', '["$R1"]', '["$X1"]', '["$h0"]', '["$0"]'])
      expect(argumentListProblem(list)).toBe("reference to another part");
  });
});

async function multipart(form: FormData): Promise<{ contentType: string; body: Uint8Array }> {
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return { contentType: request.headers.get("content-type")!, body: new Uint8Array(await request.arrayBuffer()) };
}

describe("server action bodies", () => {
  it("passes a form as React sends it with JavaScript", async () => {
    const form = new FormData();
    form.append("_1_email", "someone@example.org");
    form.append("_1_upload", new Blob(["%PDF-1.7"]), "letter.pdf");
    form.append("0", '[{"ok":false},"$K1"]');
    const { contentType, body } = await multipart(form);
    expect(await actionBodyProblem(contentType, true, body)).toBeNull();
  });

  it("refuses a part header Next's parser cannot read (a control character in a field name)", async () => {
    const form = new FormData();
    form.append("\u0000", "x");
    form.append("0", '["$K1"]');
    const { contentType, body } = await multipart(form);
    expect(await actionBodyProblem(contentType, true, body)).toBe("malformed multipart body");
  });

  it("refuses a multipart body cut short, a missing argument list and one sent as a file", async () => {
    const form = new FormData();
    form.append("_1_email", "x");
    const { contentType, body } = await multipart(form);
    expect(await actionBodyProblem(contentType, true, body.slice(0, body.length - 10))).toBe("malformed multipart body");
    expect(await actionBodyProblem(contentType, true, body)).toBe("missing argument list");
    form.append("0", new Blob(['["$K1"]']), "0");
    const asFile = await multipart(form);
    expect(await actionBodyProblem(asFile.contentType, true, asFile.body)).toBe("missing argument list");
  });

  it("reads a body without multipart as the argument list itself", async () => {
    const encode = (s: string) => new TextEncoder().encode(s);
    expect(await actionBodyProblem("text/plain;charset=UTF-8", true, encode('["a"]'))).toBeNull();
    expect(await actionBodyProblem("text/plain;charset=UTF-8", true, encode("[["))).toBe("argument list is not JSON");
    expect(await actionBodyProblem("application/x-www-form-urlencoded", true, encode("a=b"))).toBeNull();
  });

  it("checks the bound action descriptor of a form sent without JavaScript", async () => {
    const form = new FormData();
    form.append("$ACTION_REF_1", "");
    form.append("$ACTION_1:0", '{"id":"abc","bound":"$@1"}');
    form.append("email", "someone@example.org");
    const missing = await multipart(form);
    expect(await actionBodyProblem(missing.contentType, false, missing.body)).toBe("missing bound arguments");
    form.append("$ACTION_1:1", '["$Q2"]');
    const wrong = await multipart(form);
    expect(await actionBodyProblem(wrong.contentType, false, wrong.body)).toBe("reference to another part");
    form.set("$ACTION_1:1", '["event-slug"]');
    const right = await multipart(form);
    expect(await actionBodyProblem(right.contentType, false, right.body)).toBeNull();
  });
});
