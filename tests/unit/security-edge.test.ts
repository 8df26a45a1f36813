import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/db/errors";
import { safeError, scrubText } from "@/lib/log/safe-error";
import { contentSecurityPolicy, inlineScriptHashes } from "@/lib/security/csp-policy.mjs";
import { rendersPerRequest } from "@/lib/security/page-policy";
import { actionPostRefusal, bodySizeRefusal } from "@/lib/security/request-guard";
import { fieldsWithNul } from "@/lib/validation/form-text";

const headers = (values: Record<string, string>) => new Headers(values);
const sha = (text: string) => createHash("sha256").update(text).digest("base64");

describe("requests refused before their body is read", () => {
  it("a foreign or opaque Origin is 403; the same host passes", () => {
    expect(actionPostRefusal("POST", headers({ origin: "https://evil.example", host: "dialogos.org" }))?.status).toBe(403);
    expect(actionPostRefusal("POST", headers({ origin: "null", host: "dialogos.org" }))?.status).toBe(403);
    expect(actionPostRefusal("POST", headers({ origin: "https://dialogos.org", host: "dialogos.org", "content-length": "10" }))).toBeNull();
    expect(actionPostRefusal("GET", headers({ origin: "https://evil.example", host: "dialogos.org" }))).toBeNull();
  });
  it("over the limit is 413, unknown length is 411", () => {
    expect(bodySizeRefusal(headers({ "content-length": String(2 * 1024 * 1024) }), 1024 * 1024)?.status).toBe(413);
    expect(bodySizeRefusal(headers({ "transfer-encoding": "chunked" }), 1024)?.status).toBe(411);
    expect(bodySizeRefusal(headers({ "content-length": "12" }), 1024)).toBeNull();
  });
  it("a registration's page (badge photo upload) takes up to 6 MB; every other page keeps 1 MB", () => {
    const fiveMegabytes = headers({ "content-length": String(5 * 1024 * 1024 + 2048) });
    expect(actionPostRefusal("POST", fiveMegabytes, "/en/dashboard/events/lima-2025/registrations/12")).toBeNull();
    expect(actionPostRefusal("POST", fiveMegabytes, "/en/dashboard/events/lima-2025/registrations/12/edit")?.status).toBe(413);
    expect(actionPostRefusal("POST", fiveMegabytes, "/en/events/lima-2025/register")?.status).toBe(413);
    expect(
      actionPostRefusal("POST", headers({ "content-length": String(7 * 1024 * 1024) }), "/en/dashboard/events/x/registrations/1")?.status,
    ).toBe(413);
  });
});

describe("Content-Security-Policy", () => {
  it("hashes every inline script once and skips external and data scripts", () => {
    const html = `<script src="/a.js"></script><script>one()</script><script>one()</script><script type="application/ld+json">{}</script><script id="x">two()</script>`;
    expect(inlineScriptHashes(html, sha)).toEqual([`'sha256-${sha("one()")}'`, `'sha256-${sha("two()")}'`]);
  });
  it("never allows inline script or eval in production; upgrades requests on https", () => {
    const policy = contentSecurityPolicy({ scriptSources: ["'sha256-x'"], https: true });
    expect(policy).not.toMatch(/unsafe-inline'[^;]*;\s*style/);
    expect(policy).toMatch(/script-src 'self' 'sha256-x';/);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("upgrade-insecure-requests");
    expect(policy).toContain("frame-ancestors 'none'");
  });
  it("knows which pages render per request", () => {
    expect(rendersPerRequest("/en/dashboard/events/x")).toBe(true);
    expect(rendersPerRequest("/es/events/x/register")).toBe(true);
    expect(rendersPerRequest("/es/events/x/register/sent")).toBe(true);
    expect(rendersPerRequest("/es/events/x/schedule")).toBe(false);
    expect(rendersPerRequest("/fr/forgot-password")).toBe(false);
  });
});

describe("logs and form input", () => {
  it("an error is reduced to class, code and first line, without addresses or secret links", () => {
    const error = Object.assign(new Error("Failed query: insert ...\nparams: ana@example.org,secret"), { code: "23505" });
    expect(safeError(error)).toEqual({ type: "Error", code: "23505", message: "Failed query: insert ..." });
    expect(scrubText("see http://x/en/manage/abcdefghijklmnop for ana@example.org")).toBe("see http://x/en/manage/[token] for [email]");
  });
  it("connection failures are outages, constraint errors are not", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable({ message: "wrapped", cause: { code: "57P01" } })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "23505" }))).toBe(false);
  });
  it("a form field holding a NUL character is named, whichever of its values holds it", () => {
    const data = new FormData();
    data.append("name", "a\u0000b");
    data.append("name", "c");
    data.append("email", "ana@example.org");
    expect(fieldsWithNul(data)).toEqual(["name"]);
  });
});

describe("paths Next.js cannot decode", () => {
  it("refuses malformed and doubly encoded segments, keeps ordinary paths", async () => {
    const { isDecodablePath } = await import("@/lib/security/path-guard");
    for (const bad of [
      "/en/manage/%ff",
      "/api/manage/%E0%A4%A/qr",
      "/en/events/%c0/programme.ics",
      "/%ff",
      "/en/dashboard/events/x/exports/a%25%3A",
    ]) {
      expect(isDecodablePath(bad), bad).toBe(false);
    }
    for (const good of [
      "/",
      "/en/events/digital-alliance-days-2023/schedule?theme=a%ff",
      "/es/events/x/sessions/caf%C3%A9",
      "/en/manage/abc_DEF-123",
    ]) {
      expect(isDecodablePath(good), good).toBe(true);
    }
  });
});
