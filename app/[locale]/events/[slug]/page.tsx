import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventOverview } from "@/components/programme/event-overview";
import { pageLocale } from "@/lib/i18n/page-locale";
import { eventMetadata } from "@/lib/programme/metadata";
import { getProgramme } from "@/lib/programme/programme";
import "@/components/programme/programme.css";

/** Rendered on first request, then cached; revalidateEvent() refreshes it when organisers edit. */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/events/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return eventMetadata(locale, (await params).slug);
}

export default async function EventPage({ params }: Props) {
  const locale = await pageLocale(params);
  const programme = await getProgramme((await params).slug);
  if (!programme) notFound();
  return <EventOverview programme={programme} locale={locale} />;
}
