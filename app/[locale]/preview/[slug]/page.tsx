import type { Metadata } from "next";
import { DraftPreviewBanner } from "@/components/programme/draft-preview-banner";
import { EventOverview } from "@/components/programme/event-overview";
import { draftPreview } from "@/lib/dialogues/preview";
import "@/components/programme/programme.css";

// Per request and per organiser: Next marks the response private, no-store, and keeps it out of the page cache.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** A draft's public page as it will look once published, for its organisers only. */
export default async function DraftPreviewPage({ params }: PageProps<"/[locale]/preview/[slug]">) {
  const { locale, programme } = await draftPreview(params, "");
  return (
    <div className="stack">
      <DraftPreviewBanner locale={locale} />
      <EventOverview programme={programme} locale={locale} />
    </div>
  );
}
