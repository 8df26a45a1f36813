/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * A complete HTML document for an email: doctype, language, charset and title (what mail clients
 * and HTML validators expect), the body's own markup inside.
 */
export function htmlDocument(input: { locale: string; title: string; body: string }): string {
  return (
    `<!doctype html>\n<html lang="${escapeHtml(input.locale)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(input.title)}</title>\n</head>\n` +
    `<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1d23">\n${input.body}\n</body>\n</html>\n`
  );
}

/** Paragraphs of plain text as HTML: escaped, line breaks kept, links clickable. */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs
    .map(
      (p) =>
        `<p>${escapeHtml(p)
          .replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')
          .replace(/\n/g, "<br>")}</p>`,
    )
    .join("\n");
}
