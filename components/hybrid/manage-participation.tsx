import { getTranslations } from "next-intl/server";
import { PostForm } from "@/components/form/post-form";
import type { ManageParticipation } from "@/lib/hybrid/manage-view";

/** The delegate's page: how they take part, the switch, and (confirmed remote delegates) their tracked links. */
export async function ManageParticipationSection({
  view,
  action,
  token,
  locale,
  done,
}: {
  view: ManageParticipation;
  action: (state: unknown, formData: FormData) => Promise<unknown>;
  token: string;
  locale: string;
  done?: string;
}) {
  const t = await getTranslations({ locale, namespace: "hybrid" });
  const message = done === "changed" || done === "full" || done === "notAllowed" ? done : null;
  return (
    <section aria-labelledby="participation-heading" className="card stack" id="participation">
      <h2 id="participation-heading">{t("manageHeading")}</h2>
      {message ? (
        <p className={`notice ${message === "changed" ? "notice-success" : "notice-error"}`} role="status">
          {t(`done.${message}`)}
        </p>
      ) : null}
      <p data-attendance={view.attendance}>{t("current", { mode: t(`choices.${view.attendance}`) })}</p>
      {view.joins.length > 0 ? (
        <div className="stack" data-testid="remote-joins">
          <h3>{t("joinHeading")}</h3>
          <p className="hint">{t("joinBody")}</p>
          <p className="actions">
            {view.joins.map((join) => (
              <a key={join.href} className="button" href={join.href} rel="noreferrer">
                {join.sessionTitle ? t("joinSession", { title: join.sessionTitle }) : t("join")}
              </a>
            ))}
          </p>
        </div>
      ) : view.linkPending ? (
        <p className="notice notice-info">{t("pendingNote")}</p>
      ) : null}
      {view.switchTo ? (
        <PostForm action={action}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="attendance" value={view.switchTo} />
          <button type="submit" className="button secondary">
            {t(`switchTo.${view.switchTo}`)}
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}
