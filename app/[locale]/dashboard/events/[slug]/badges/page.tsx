import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormMessage } from "@/components/form/form-message";
import { stakeholderGroup } from "@/db/schema/enums";
import { locales } from "@/db/schema/localized";
import { canManageEvents } from "@/lib/auth/roles";
import { badgeChoices } from "@/lib/badges/queries";
import { dashboardEventPage } from "@/lib/dashboard/event";

export const metadata: Metadata = { robots: { index: false } };

/**
 * Printing badges: which ones (everyone confirmed, one delegation, one stakeholder group), the
 * layout and the labels' language, then a download. A GET form straight to the PDF route, so it
 * works without JavaScript and the page stays where it is.
 */
export default async function BadgesPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/badges">) {
  // 404 for an unknown dialogue, 403 for the wrong role or another organiser's dialogue.
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, "/badges");
  const t = await getTranslations({ locale, namespace: "badges" });
  const tGroups = await getTranslations({ locale, namespace: "registrations" });
  const choices = await badgeChoices(db, event.id);
  const groupCount = new Map(choices.groups.map((g) => [g.group, g.count]));
  const none = (await searchParams).none !== undefined;
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>{t("confirmed", { count: choices.total })}</p>
      {none ? <FormMessage tone="info" text={t("none")} /> : null}
      <form method="get" action={`/${locale}/dashboard/events/${slug}/badges/pdf`} className="form">
        <fieldset>
          <legend>{t("form.which")}</legend>
          <div>
            <input type="radio" id="scope-all" name="scope" value="all" defaultChecked />
            <label htmlFor="scope-all">{t("form.all")}</label>
          </div>
          {choices.delegations.length > 0 ? (
            <>
              <div>
                <input type="radio" id="scope-delegation" name="scope" value="delegation" />
                <label htmlFor="scope-delegation">{t("form.delegation")}</label>
              </div>
              <div className="field indent">
                <label htmlFor="badge-delegation">{t("form.delegationSelect")}</label>
                <select id="badge-delegation" name="delegation">
                  {choices.delegations.map((d) => (
                    <option key={d.id} value={d.id}>
                      {t("form.option", { name: d.name, count: d.count })}
                    </option>
                  ))}
                </select>
              </div>
            </>
          ) : (
            <p className="hint">{t("form.noDelegations")}</p>
          )}
          <div>
            <input type="radio" id="scope-group" name="scope" value="group" />
            <label htmlFor="scope-group">{t("form.group")}</label>
          </div>
          <div className="field indent">
            <label htmlFor="badge-group">{t("form.groupSelect")}</label>
            <select id="badge-group" name="group">
              {stakeholderGroup.enumValues.map((group) => (
                <option key={group} value={group}>
                  {t("form.option", { name: tGroups(`groups.${group}`), count: groupCount.get(group) ?? 0 })}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("form.layout")}</legend>
          {(["a4", "a6"] as const).map((layout) => (
            <div key={layout}>
              <input type="radio" id={`layout-${layout}`} name="layout" value={layout} defaultChecked={layout === "a4"} />
              <label htmlFor={`layout-${layout}`}>{t(`form.${layout}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="badge-language">{t("form.language")}</label>
          <select id="badge-language" name="language" defaultValue={locale} aria-describedby="badge-language-hint">
            {locales.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </select>
          <p id="badge-language-hint" className="hint">
            {t("form.languageHint")}
          </p>
        </div>
        <div>
          <button type="submit" className="button">
            {t("form.download")}
          </button>
        </div>
      </form>
    </div>
  );
}
