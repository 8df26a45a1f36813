import { SignInPage } from "./pages/sign-in-page";
import { expect, test } from "./support/fixtures";
import { randomLoopbackAddress, requestFrom, rotatingForwardedFor } from "./support/from-address";
import { seeded } from "./support/seeded";
import { createUser, signInAs } from "./support/users";

const REGISTRATION_LIMIT = Number(process.env.E2E_REGISTRATION_LIMIT);
const REGISTER = seeded.cartagena.page("en", "/register");

function unescapeHtml(text: string) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The registration form's hidden fields (React's action reference and the app's own), as a no-JavaScript browser posts them. */
async function registrationFormFields(baseURL: string): Promise<[string, string][]> {
  const html = await (await fetch(`${baseURL}${REGISTER}`)).text();
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? "";
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map((m) => [
    unescapeHtml(m[1]!),
    unescapeHtml(m[2] ?? ""),
  ]);
}

test("rotating X-Forwarded-For from one address does not get past the per-address registration limit", async ({ baseURL }) => {
  expect(REGISTRATION_LIMIT).toBeGreaterThan(0);
  const hidden = await registrationFormFields(baseURL!);
  expect(hidden.length).toBeGreaterThan(0);
  const attacker = randomLoopbackAddress();
  // Posts that the form refuses (no name) still count: a flood costs the same whatever it holds.
  const post = (from: string, i: number) => {
    const body = new FormData();
    for (const [name, value] of hidden) body.append(name, value);
    body.set("email", `flood.${i}.${Date.now()}@example.org`);
    return requestFrom(from, `${baseURL}${REGISTER}`, {
      body,
      headers: { origin: baseURL!, "x-forwarded-for": rotatingForwardedFor(i), "x-real-ip": `10.9.${i & 255}.1` },
    });
  };
  // The rendered message (the catalogue itself, placeholders and all, travels in every page).
  const limited = (html: string) => /Too many attempts from here\. Please try again in \d+ minutes?\./.test(html);
  for (let start = 0; start < REGISTRATION_LIMIT; start += 10) {
    const batch = await Promise.all(Array.from({ length: Math.min(10, REGISTRATION_LIMIT - start) }, (_, k) => post(attacker, start + k)));
    for (const response of batch) {
      expect(response.status).toBe(200);
      expect(limited(response.body)).toBe(false);
    }
  }
  for (let i = 0; i < 5; i++) {
    const response = await post(attacker, REGISTRATION_LIMIT + i);
    expect(response.status).toBe(200);
    expect(limited(response.body)).toBe(true);
  }
  // A header claiming to carry the socket address is overwritten by the server, not believed.
  const forged = new FormData();
  for (const [name, value] of hidden) forged.append(name, value);
  const spoof = await requestFrom(attacker, `${baseURL}${REGISTER}`, {
    body: forged,
    headers: { origin: baseURL!, "x-dialogos-socket-address": "203.0.113.50" },
  });
  expect(limited(spoof.body)).toBe(true);
  // Another client is not affected.
  expect(limited((await post(randomLoopbackAddress(), 0)).body)).toBe(false);
});

test("100 failed sign-ins from one address do not stop the owner signing in from another", async ({ page, baseURL }) => {
  const owner = await createUser("organiser", "targeted");
  const attacker = randomLoopbackAddress();
  const csrf = await requestFrom(attacker, `${baseURL}/api/auth/csrf`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = [csrf.headers["set-cookie"] ?? []]
    .flat()
    .map((c) => c.split(";")[0])
    .join("; ");
  const codes: string[] = [];
  for (let i = 0; i < 100; i++) {
    const response = await requestFrom(attacker, `${baseURL}/api/auth/callback/credentials`, {
      body: new URLSearchParams({ email: owner.email, password: `guess number ${i}`, csrfToken, callbackUrl: `${baseURL}/en/dashboard` }),
      headers: { cookie, origin: baseURL!, "x-forwarded-for": rotatingForwardedFor(i) },
    });
    expect(response.status).toBe(302);
    codes.push(new URL(response.headers.location!, baseURL).searchParams.get("code") ?? "none");
  }
  // The first few are checked and fail; then the address waits, whatever X-Forwarded-For says.
  expect(codes.slice(0, 5)).toEqual(Array(5).fill("credentials"));
  expect(new Set(codes.slice(5))).toEqual(new Set(["rate_limited"]));

  // The owner, from their own address (the browser's), signs in at once.
  await signInAs(page, owner);
  await new SignInPage(page).expectSignedInAs(owner.name);
});
