import { notFound } from "next/navigation";
import { connection } from "next/server";
import { config } from "@/lib/config";
import { pageLocale } from "@/lib/i18n/page-locale";
import { noopAction } from "./actions";
import { NoopForm } from "./noop-form";

// Rendered per request: under [locale] (empty generateStaticParams) it would otherwise be cached as static.
export const dynamic = "force-dynamic";

/** Test-only page holding the benchmark's no-op action; a 404 unless DIALOGOS_TEST_API=1. */
export default async function NoopActionPage({ params }: PageProps<"/[locale]/test/noop-action">) {
  await connection();
  await pageLocale(params);
  if (!config().testApi) notFound();
  return <NoopForm serverAction={noopAction} />;
}
