import { and, eq } from "drizzle-orm";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { type EditChoices, RegistrationsEditForm } from "@/components/dashboard/registrations-edit-form";
import { Link } from "@/components/link";
import { getDb } from "@/db/client";
import { registrations } from "@/db/schema";
import { stakeholderGroup } from "@/db/schema/enums";
import { requirePageUser } from "@/lib/auth/guard";
import { canManageEvents } from "@/lib/auth/roles";
import { eventForDashboard } from "@/lib/dashboard/event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { honorifics, preferredLanguages } from "@/lib/validation/registration";
import { editRegistrationAction } from "../../actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditRegistrationPage({ params }: PageProps<"/[locale]/dashboard/events/[slug]/registrations/[id]/edit">) {
  const locale = await pageLocale(params);
  const { slug, id } = await params;
  const base = `/dashboard/events/${slug}/registrations/${id}`;
  await requirePageUser(locale, canManageEvents, `/${locale}${base}/edit`);
  const db = getDb();
  const event = await eventForDashboard(db, slug);
  const registrationId = Number(id);
  if (!Number.isSafeInteger(registrationId) || registrationId <= 0) notFound();
  const [r] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, event.id)));
  if (!r) notFound();
  const [t, tr] = await Promise.all([
    getTranslations({ locale, namespace: "registrations" }),
    getTranslations({ locale, namespace: "registration" }),
  ]);
  const choices: EditChoices = {
    honorific: honorifics.map((h) => [h, tr(`honorifics.${h}`)]),
    preferredLanguage: preferredLanguages.map((l) => [l, tr(`languages.${l}`)]),
  };
  const values = {
    honorific: r.honorific ?? "",
    givenName: r.givenName,
    familyName: r.familyName,
    email: r.email,
    phone: r.phone ?? "",
    organisation: r.organisation,
    position: r.position,
    stakeholderGroup: r.stakeholderGroup,
    countryCode: r.countryCode,
    represents: r.represents,
    preferredLanguage: r.preferredLanguage,
  };
  return (
    <div className="stack">
      <p>
        <Link href={base}>{`${r.givenName} ${r.familyName}`}</Link>
      </p>
      <h1>{t("edit.title")}</h1>
      <ClientMessages namespaces={["registrations"]}>
        <RegistrationsEditForm
          serverAction={editRegistrationAction}
          slug={slug}
          locale={locale}
          id={r.id}
          values={values}
          groups={stakeholderGroup.enumValues}
          choices={choices}
        />
      </ClientMessages>
    </div>
  );
}
