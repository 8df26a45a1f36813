// The registration form as a browser without JavaScript sees it, read from the page's HTML: shared
// by the registration-rush benchmark and the database-restart fault test, which replay its post.

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
