import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { buildPath } from "../build-dir";
import type { Form } from "./hostile";

/** What came back (status 0: the connection failed, which counts as a server failure). */
export type Answer = { status: number; redirect: string | null; location: string | null; body: string };

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

/** The build's server actions as "file#export" -> action id (written by `next build`). */
export function builtActions(): Map<string, string> {
  const file = buildPath("server/server-reference-manifest.json");
  const node = (JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> }).node;
  return new Map(Object.entries(node).map(([id, e]) => [`${e.filename}#${e.exportedName}`, id]));
}

/** The build's route handlers, e.g. "/api/manage/[token]/qr". */
export function builtRouteHandlers(): string[] {
  const file = buildPath("server/app-paths-manifest.json");
  return Object.keys(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>)
    .filter((route) => route.endsWith("/route"))
    .map((route) => route.replace(/\/route$/, ""));
}

/** A client address per request, as delegates behind different networks have. */
export function someClient(): string {
  return `10.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(1, 255)}`;
}

/**
 * How an action is invoked:
 * - "state": React's client call of a `useActionState` action, (previous state, form data);
 * - "form": React's client call of a plain `<form action>`, (form data);
 * - "html": the browser's post without JavaScript (`$ACTION_ID_<id>` and the fields as they are).
 */
export type Encoding = "state" | "form" | "html";

export type ActionCall = {
  path: string;
  id: string;
  encoding: Encoding;
  form: Form;
  /** Replaces React's argument list (part "0"), to send wrong shapes and types. */
  rawArgs?: string;
  headers?: Record<string, string>;
};

function multipart(call: ActionCall): FormData {
  const body = new FormData();
  const prefix = call.encoding === "html" ? "" : "_1_";
  if (call.encoding === "html") body.append(`$ACTION_ID_${call.id}`, "");
  for (const [name, value] of call.form) {
    if (typeof value === "string") body.append(prefix + name, value);
    else body.append(prefix + name, new Blob([value.file], { type: "application/octet-stream" }), "upload.bin");
  }
  // React reads its argument list last: the fields it refers to ($K1) must have arrived before.
  if (call.encoding !== "html")
    body.append("0", call.rawArgs ?? JSON.stringify(call.encoding === "state" ? [{ ok: false }, "$K1"] : ["$K1"]));
  return body;
}

export async function send(base: string, path: string, init: RequestInit): Promise<Answer> {
  try {
    const response = await fetch(new URL(path, base), { redirect: "manual", ...init, signal: AbortSignal.timeout(30_000) });
    const body = await response.text();
    return {
      status: response.status,
      redirect: response.headers.get("x-action-redirect"),
      location: response.headers.get("location"),
      body: body.slice(0, 2000),
    };
  } catch (error) {
    return { status: 0, redirect: null, location: null, body: String(error) };
  }
}

/** Posts a server action over HTTP, as a browser with or without JavaScript does. */
export async function postAction(base: string, call: ActionCall): Promise<Answer> {
  const headers: Record<string, string> = {
    Origin: new URL(base).origin,
    "X-Forwarded-For": someClient(),
    ...(call.encoding === "html" ? {} : { "Next-Action": call.id, Accept: "text/x-component" }),
    ...call.headers,
  };
  return send(base, call.path, { method: "POST", body: multipart(call), headers });
}
