import type { Page, Response } from "@playwright/test";

/**
 * Collects every Content-Security-Policy violation of a page: the DOM event (a listener added
 * before any page script, through the DevTools protocol, so the policy does not apply to it) and
 * Chromium's console report.
 */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`[csp-violation] ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  page.on("console", (message) => {
    const text = message.text();
    if (text.startsWith("[csp-violation]") || /Content Security Policy/i.test(text)) violations.push(`${page.url()}: ${text}`);
  });
  return violations;
}

/** The page's policy, checked for the rules every page must follow. */
export function policyOf(response: Response | null): string {
  const policies = response?.headers()["content-security-policy"] ?? "";
  return policies;
}

export function strictPolicyProblems(policy: string): string[] {
  const problems: string[] = [];
  if (!policy) return ["no Content-Security-Policy header"];
  // Playwright joins repeated headers with "\n": a page must carry exactly one policy.
  if (policy.includes("\n")) problems.push("more than one policy");
  const directives = new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
  const scripts = directives.get("script-src") ?? [];
  if (scripts.length === 0) problems.push("no script-src");
  if (scripts.includes("'unsafe-inline'")) problems.push("script-src allows 'unsafe-inline'");
  if (!scripts.some((s) => s.startsWith("'nonce-") || s.startsWith("'sha256-"))) problems.push("script-src has neither nonce nor hashes");
  for (const [name, value] of [
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
  ] as const) {
    if (directives.get(name)?.join(" ") !== value) problems.push(`${name} is not ${value}`);
  }
  return problems;
}
