import "server-only";
import type { AppLocale } from "@/lib/i18n/routing";
import type { CertificateFile } from "./certificates";
import { certificateTranslator } from "./content";

const privateHeaders = {
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/**
 * The answer of every certificate download (the delegate's and the organisers'): the PDF as an
 * attachment, never cached or sniffed; or, when there is none yet or none at all, why, in words.
 */
export function certificateResponse(result: CertificateFile | { status: "notYet" | "notAttended" }, locale: AppLocale): Response {
  if (result.status !== "eligible") {
    const t = certificateTranslator(locale);
    return new Response(t(result.status === "notYet" ? "manage.notYetShort" : "manage.notAttended"), {
      status: 409,
      headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale },
    });
  }
  return new Response(new Uint8Array(result.pdf), {
    headers: {
      ...privateHeaders,
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${result.filename}"`,
    },
  });
}
