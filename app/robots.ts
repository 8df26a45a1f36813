import type { MetadataRoute } from "next";
import { config } from "@/lib/config";
import { routing } from "@/lib/i18n/routing";

// Rendered per request (it is tiny): at build time APP_URL may not be the deployment's yet.
export const dynamic = "force-dynamic";

/** Pages for organisers and personal links (setup, invitations, resets, manage) are not for crawlers. */
const privatePages = ["dashboard", "manage", "setup", "invitation", "reset-password", "forgot-password", "sign-in", "test"];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // The public programme files live under /{locale}/events/…, not under /api.
      disallow: ["/api/", ...routing.locales.flatMap((locale) => privatePages.map((page) => `/${locale}/${page}`))],
    },
    sitemap: `${config().appUrl}/sitemap.xml`,
  };
}
