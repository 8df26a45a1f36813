import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { deskPath } from "@/lib/checkin/offline/desk-route";
import { routing } from "@/lib/i18n/routing";
import { isSlug } from "@/lib/slugs";

export const dynamic = "force-dynamic";

const query = z.object({
  slug: z.string().refine(isSlug),
  locale: z.enum(routing.locales),
});

const icons = [192, 512].flatMap((size) => [
  { src: `/icons/checkin-${size}.png`, sizes: `${size}x${size}`, type: "image/png", purpose: "any" },
  { src: `/icons/checkin-maskable-${size}.png`, sizes: `${size}x${size}`, type: "image/png", purpose: "maskable" },
]);

/**
 * The web app manifest of a dialogue's offline check-in desk (`?locale=es`): installed, it opens
 * that desk full screen. Public like the icons: it names no one and reads no data (a made-up slug
 * gives a manifest of a desk that answers 404); the desk itself checks the session and role.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/checkin/[slug]/manifest">) {
  const parsed = query.safeParse({ slug: (await params).slug, locale: new URL(request.url).searchParams.get("locale") });
  if (!parsed.success) return new Response("Bad request\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { slug, locale } = parsed.data;
  const t = await getTranslations({ locale, namespace: "checkinOffline" });
  const start = deskPath(locale, slug);
  const manifest = {
    id: start,
    name: t("manifest.name"),
    short_name: t("manifest.shortName"),
    description: t("manifest.description"),
    lang: locale,
    start_url: start,
    scope: start.replace(/offline$/, ""),
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b1f4d",
    icons,
  };
  return Response.json(manifest, { headers: { "Content-Type": "application/manifest+json", "Cache-Control": "public, max-age=3600" } });
}
