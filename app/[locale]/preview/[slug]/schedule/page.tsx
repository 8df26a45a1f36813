import type { Metadata } from "next";
import { DraftPreviewBanner } from "@/components/programme/draft-preview-banner";
import { ScheduleView } from "@/components/programme/schedule-view";
import { draftPreview } from "@/lib/dialogues/preview";
import "@/components/programme/programme.css";

// Per request and per organiser: Next marks the response private, no-store, and keeps it out of the page cache.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** A draft's schedule as it will look once published, for its organisers only. */
export default async function DraftSchedulePreviewPage({ params }: PageProps<"/[locale]/preview/[slug]/schedule">) {
  const { locale, programme } = await draftPreview(params, "/schedule");
  return (
    <div className="stack">
      <DraftPreviewBanner locale={locale} />
      <ScheduleView locale={locale} slug={programme.event.slug} programme={programme} />
    </div>
  );
}
