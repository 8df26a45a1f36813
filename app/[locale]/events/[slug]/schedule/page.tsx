import type { Metadata } from "next";
import { ScheduleView } from "@/components/programme/schedule-view";
import { pageLocale } from "@/lib/i18n/page-locale";
import { scheduleMetadata } from "@/lib/programme/metadata";
import { getProgramme } from "@/lib/programme/programme";
import "@/components/programme/programme.css";

/** Rendered on first request, then cached; revalidateEvent() refreshes it when organisers edit. */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/events/[slug]/schedule">): Promise<Metadata> {
  const locale = await pageLocale(params);
  return scheduleMetadata(locale, (await params).slug);
}

export default async function SchedulePage({ params }: PageProps<"/[locale]/events/[slug]/schedule">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  return <ScheduleView locale={locale} slug={slug} programme={await getProgramme(slug)} />;
}
