// The registration form as a browser without JavaScript sees it, read from the page's HTML: shared
// by the registration-rush benchmark and the database-restart fault test, which replay its post.
import { randomUUID } from "node:crypto";

function unescapeHtml(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The hidden fields of the page's first form (React's action reference and the app's own) and its session checkboxes. */
export function formFields(html) {
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? "";
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map((m) => [
    unescapeHtml(m[1]),
    unescapeHtml(m[2] ?? ""),
  ]);
  const sessions = [...form.matchAll(/name="sessionIds" value="(\d+)"/g)].map((m) => m[1]);
  return { hidden, sessions };
}

/**
 * The post of the registration form for delegate number `i` of a run: the form's hidden fields, a
 * fresh submission key, a delegate of the `label` kind ("Bench", "Fault") and the `wanted` sessions.
 */
export function registrationBody(form, wanted, { label, runId, i }) {
  const body = new FormData();
  for (const [name, value] of form.hidden) if (name !== "submissionKey") body.append(name, value);
  body.append("submissionKey", randomUUID());
  const delegate = {
    givenName: label,
    familyName: `Delegate ${i}`,
    email: `${label.toLowerCase()}.${runId}.${i}@example.org`,
    organisation: `${label} ministry`,
    position: "Advisor",
    stakeholderGroup: "government_lac_country",
    countryCode: "CO",
    represents: "Colombia",
    preferredLanguage: "es",
    privacyConsent: "on",
  };
  for (const [name, value] of Object.entries(delegate)) body.append(name, value);
  for (const id of wanted) body.append("sessionIds", id);
  return body;
}
