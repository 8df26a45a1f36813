/**
 * Reads a server action's body as Next will, before Next does, so that a body Next cannot decode
 * is refused with a 400 instead of the 500 Next answers after the fact. Next decodes:
 * - a post with the `Next-Action` header and a multipart body: with its busboy, then React's
 *   argument list (part "0");
 * - a post with the header and any other body: the body itself as React's argument list;
 * - a multipart post without the header (a form sent without JavaScript): with the runtime's
 *   FormData parser, then the bound action descriptors (`$ACTION_REF_n` / `$ACTION_n:0`).
 * The same parsers are used here (Next's bundled busboy, the runtime's FormData), so a body passes
 * here exactly when it parses there. The argument list is checked by `argumentListProblem`.
 */
import busboy from "next/dist/compiled/busboy";
import { ACTION_BODY_LIMIT } from "./request-guard";

/** A form field as the parser saw it; `file` for a file part. */
type Part = { name: string; value: string } | { name: string; file: true; base64: boolean };

/** Parses a multipart body with Next's own busboy and settings; null when busboy refuses it. */
function busboyParts(body: Uint8Array, contentType: string): Promise<Part[] | null> {
  return new Promise((resolve) => {
    let parser: ReturnType<typeof busboy>;
    try {
      parser = busboy({ defParamCharset: "utf8", headers: { "content-type": contentType }, limits: { fieldSize: ACTION_BODY_LIMIT } });
    } catch {
      resolve(null); // no boundary, or not multipart at all
      return;
    }
    const parts: Part[] = [];
    parser.on("field", (name, value) => parts.push({ name, value }));
    parser.on("file", (name, stream, info) => {
      parts.push({ name, file: true, base64: info.encoding.toLowerCase() === "base64" });
      stream.resume();
    });
    parser.on("error", () => resolve(null));
    parser.on("finish", () => resolve(parts));
    parser.end(body);
  });
}

/** Parses a multipart body with the runtime's FormData parser (the one Next uses for forms sent without JavaScript). */
async function runtimeFormData(body: Uint8Array, contentType: string): Promise<FormData | null> {
  try {
    return await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
  } catch {
    return null;
  }
}

/** React's limits on a decoded reply (react-server-dom-webpack: array slots, BigInt digits). */
const ARRAY_SLOT_LIMIT = 1_000_000;
const BIGINT_DIGITS = 300;

/**
 * What is wrong with a React argument list (the JSON of part "0"), or null when React decodes it
 * without throwing and without waiting for a part that never comes. Our forms only ever send plain
 * JSON values and `$K` (a FormData); references to other parts (`$1`, `$@`, `$Q`, `$B`, `$T`, …)
 * are refused rather than followed: a missing part makes React fail the whole request.
 */
export function argumentListProblem(json: string): string | null {
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    return "argument list is not JSON";
  }
  if (!Array.isArray(root)) return "argument list is not an array";
  let slots = 0;
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (value[0] !== "$") continue;
      const tag = value[1];
      if (tag === "$") slots += value.length - 1;
      else if (tag === "n" && !new RegExp(`^\\$n-?\\d{1,${BIGINT_DIGITS}}$`).test(value)) return "malformed BigInt";
      else if (tag === undefined || !"$KI-NuDn".includes(tag)) return "reference to another part";
    } else if (Array.isArray(value)) {
      slots += value.length + 1;
      pending.push(...value);
    } else if (typeof value === "object" && value !== null) {
      pending.push(...Object.values(value));
    }
    if (slots > ARRAY_SLOT_LIMIT) return "argument list too large";
  }
  return null;
}

/** A bound action sent without JavaScript: `$ACTION_n:0` holds `{"id": …, "bound": null | "$@k"}`. */
function boundDescriptorProblem(form: FormData, ref: string): string | null {
  const prefix = `$ACTION_${ref}:`;
  const descriptor = form.get(`${prefix}0`);
  if (typeof descriptor !== "string") return "missing action descriptor";
  let parsed: unknown;
  try {
    parsed = JSON.parse(descriptor);
  } catch {
    return "action descriptor is not JSON";
  }
  if (typeof parsed !== "object" || parsed === null || typeof (parsed as { id?: unknown }).id !== "string")
    return "malformed action descriptor";
  const bound = (parsed as { bound?: unknown }).bound;
  if (bound === null || bound === undefined) return null;
  const chunk = typeof bound === "string" ? /^\$@([0-9a-f]+)$/.exec(bound) : null;
  if (!chunk) return "malformed bound arguments";
  const args = form.get(prefix + Number.parseInt(chunk[1]!, 16));
  return typeof args === "string" ? argumentListProblem(args) : "missing bound arguments";
}

/**
 * Why Next could not decode this action post, or null when it can (or when it is not an action
 * post at all: Next then answers it as a page).
 */
export async function actionBodyProblem(contentType: string | null, isFetchAction: boolean, body: Uint8Array): Promise<string | null> {
  const multipart = contentType?.startsWith("multipart/form-data") ?? false;
  if (isFetchAction && multipart) {
    const parts = await busboyParts(body, contentType!);
    if (!parts) return "malformed multipart body";
    if (parts.some((p) => "file" in p && p.base64)) return "base64 file part";
    const root = parts.find((p) => p.name === "0");
    if (!root || "file" in root) return "missing argument list";
    return argumentListProblem(root.value);
  }
  if (isFetchAction) {
    // Next answers a URL-encoded action itself (404); any other body is the argument list.
    if (contentType === "application/x-www-form-urlencoded") return null;
    return argumentListProblem(new TextDecoder().decode(body));
  }
  if (!multipart) return null;
  const form = await runtimeFormData(body, contentType!);
  if (!form) return "malformed multipart body";
  for (const key of form.keys()) {
    if (!key.startsWith("$ACTION_REF_")) continue;
    const problem = boundDescriptorProblem(form, key.slice("$ACTION_REF_".length));
    if (problem) return problem;
  }
  return null;
}
