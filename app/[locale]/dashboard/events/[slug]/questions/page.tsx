import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { QuestionForm } from "@/components/dashboard/question-form";
import { QuestionMoveButtons } from "@/components/dashboard/question-row-actions";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import { FormMessage } from "@/components/form/form-message";
import { Link } from "@/components/link";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { localize } from "@/lib/i18n/localize";
import { activeQuestions } from "@/lib/questions/answers";
import { moveQuestionAction, saveQuestionAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

/** The dialogue's own registration questions, in the order the form asks them, and a form to add one. */
export default async function QuestionsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/questions">) {
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, `/questions`);
  const [t, questions, query] = await Promise.all([
    getTranslations({ locale, namespace: "questions" }),
    activeQuestions(db, event.id),
    searchParams,
  ]);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {query.saved ? <FormMessage tone="success" text={t("messages.saved")} /> : null}
      {query.removed ? <FormMessage tone="success" text={t("messages.removed")} /> : null}
      <ClientMessages namespaces={["questions", "sessionsAdmin"]}>
        <ReadOnlyWhenArchived status={event.status}>
          {questions.length === 0 ? (
            <p>{t("list.empty")}</p>
          ) : (
            <ol className="card-list">
              {questions.map((question, index) => {
                const label = localize(question.label, locale);
                return (
                  <li key={question.id} className="card stack">
                    <h2 className="h3">
                      <Link href={`/dashboard/events/${slug}/questions/${question.id}`}>{label}</Link>
                    </h2>
                    <p className="hint">
                      {t(`kinds.${question.kind}`)} · {question.required ? t("list.required") : t("list.optional")}
                    </p>
                    <QuestionMoveButtons
                      serverAction={moveQuestionAction}
                      slug={slug}
                      locale={locale}
                      id={question.id}
                      label={label}
                      first={index === 0}
                      last={index === questions.length - 1}
                    />
                  </li>
                );
              })}
            </ol>
          )}
          <section aria-labelledby="new-question" className="stack">
            <h2 id="new-question">{t("new")}</h2>
            <QuestionForm serverAction={saveQuestionAction} slug={slug} locale={locale} values={{}} />
          </section>
        </ReadOnlyWhenArchived>
      </ClientMessages>
    </div>
  );
}
