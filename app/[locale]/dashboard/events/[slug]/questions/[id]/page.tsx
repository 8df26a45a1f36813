import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { QuestionForm } from "@/components/dashboard/question-form";
import { QuestionRemoveForm } from "@/components/dashboard/question-row-actions";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import { Link } from "@/components/link";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { localize } from "@/lib/i18n/localize";
import { activeQuestions } from "@/lib/questions/answers";
import { questionFormValues } from "@/lib/questions/editor";
import { removeQuestionAction, saveQuestionAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditQuestionPage({ params }: PageProps<"/[locale]/dashboard/events/[slug]/questions/[id]">) {
  const { id } = await params;
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, `/questions/${id}`);
  const question = (await activeQuestions(db, event.id)).find((q) => String(q.id) === id);
  if (!question) notFound();
  const t = await getTranslations({ locale, namespace: "questions" });
  const label = localize(question.label, locale);
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${slug}/questions`}>{t("title")}</Link>
      </p>
      <h1>{label}</h1>
      <ClientMessages namespaces={["questions", "sessionsAdmin"]}>
        <ReadOnlyWhenArchived status={event.status}>
          <QuestionForm serverAction={saveQuestionAction} slug={slug} locale={locale} values={questionFormValues(question)} />
          <QuestionRemoveForm serverAction={removeQuestionAction} slug={slug} locale={locale} id={question.id} label={label} />
        </ReadOnlyWhenArchived>
      </ClientMessages>
    </div>
  );
}
