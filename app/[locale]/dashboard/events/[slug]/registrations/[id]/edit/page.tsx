import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { type EditChoices, RegistrationsEditForm } from "@/components/dashboard/registrations-edit-form";
import { Link } from "@/components/link";
import { stakeholderGroup } from "@/db/schema/enums";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { eventRegistration } from "@/lib/dashboard/registration-edit";
import { intlLocale } from "@/lib/i18n/localize";
import { activeQuestions, answersOf } from "@/lib/questions/answers";
import { answerFormValues, toFormQuestions } from "@/lib/questions/form-questions";
import { countryGroups } from "@/lib/registration/countries";
import { honorifics, preferredLanguages } from "@/lib/validation/registration";
import { editRegistrationAction } from "../../actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditRegistrationPage({ params }: PageProps<"/[locale]/dashboard/events/[slug]/registrations/[id]/edit">) {
  const { id } = await params;
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, `/registrations/${id}/edit`);
  const base = `/dashboard/events/${slug}/registrations/${id}`;
  const registrationId = Number(id);
  if (!Number.isSafeInteger(registrationId) || registrationId <= 0) notFound();
  const r = await eventRegistration(db, event.id, registrationId);
  if (!r) notFound();
  const [t, tr, questions, answers] = await Promise.all([
    getTranslations({ locale, namespace: "registrations" }),
    getTranslations({ locale, namespace: "registration" }),
    activeQuestions(db, event.id),
    answersOf(db, [r.id]),
  ]);
  const choices: EditChoices = {
    honorific: honorifics.map((h) => [h, tr(`honorifics.${h}`)]),
    preferredLanguage: preferredLanguages.map((l) => [l, tr(`languages.${l}`)]),
    countryGroups: { eu: tr("countryGroups.eu"), celac: tr("countryGroups.celac"), other: tr("countryGroups.other") },
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
          questions={toFormQuestions(questions, locale)}
          answers={answerFormValues(answers.get(r.id) ?? {})}
          countries={countryGroups(intlLocale(locale))}
        />
      </ClientMessages>
    </div>
  );
}
