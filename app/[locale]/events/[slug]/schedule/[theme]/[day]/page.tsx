import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ScheduleView } from "@/components/programme/schedule-view";
import { pageLocale } from "@/lib/i18n/page-locale";
import { ALL, isFilterDay, isFilterSlug } from "@/lib/programme/filters";
import { scheduleMetadata } from "@/lib/programme/metadata";
import { getProgramme } from "@/lib/programme/programme";
import "@/components/programme/programme.css";

/**
 * A filtered schedule (`all` for no filter on that axis). People reach it through query URLs
 * (`.../schedule?theme=x&day=y`) that proxy.ts rewrites here, so each variant is cached like a
 * static page instead of being rendered per request.
 */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/events/[slug]/schedule/[theme]/[day]">;

async function filterFrom(params: Props["params"]) {
  const { slug, theme, day } = await params;
  if (theme !== ALL && !isFilterSlug(theme)) notFound();
  if (day !== ALL && !isFilterDay(day)) notFound();
  return { slug, theme: theme === ALL ? null : theme, day: day === ALL ? null : day };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await filterFrom(params);
  return { ...(await scheduleMetadata(locale, slug)), robots: { index: false, follow: true } };
}

export default async function FilteredSchedulePage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, theme, day } = await filterFrom(params);
  return <ScheduleView locale={locale} slug={slug} programme={await getProgramme(slug)} theme={theme} day={day} />;
}
