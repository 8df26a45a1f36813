import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DialogueScopeForm } from "@/components/dashboard/dialogue-scope-form";
import { ActionForm } from "@/components/dashboard-shell/action-form";
import { DataTable } from "@/components/data-table";
import { locales } from "@/db/schema/localized";
import { accountScopes, dialogueChoices } from "@/lib/accounts/dialogue-scope";
import { listAccounts } from "@/lib/accounts/manage";
import { requirePageUser } from "@/lib/auth/guard";
import { canAdminister, roles } from "@/lib/auth/roles";
import { getDb } from "@/lib/database";
import { intlLocale, localize } from "@/lib/i18n/localize";
import { pageLocale } from "@/lib/i18n/page-locale";
import { changeRoleAction, inviteAction, setDialogueScopeAction, setDisabledAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/accounts">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "accounts" });
  return { title: t("manage.title") };
}

export default async function AccountsPage({ params }: PageProps<"/[locale]/dashboard/accounts">) {
  const locale = await pageLocale(params);
  const me = await requirePageUser(locale, canAdminister, `/${locale}/dashboard/accounts`);
  const db = getDb();
  const [t, accounts, scopes, choices] = await Promise.all([
    getTranslations({ locale, namespace: "accounts" }),
    listAccounts(db),
    accountScopes(db),
    dialogueChoices(db),
  ]);
  const dialogues = choices.map((choice) => ({ id: choice.id, title: localize(choice.title, locale) }));
  const scopeLabels = {
    legend: t("manage.scopeLegend"),
    all: t("manage.scopeAll"),
    some: t("manage.scopeSome"),
    save: t("manage.scopeSave"),
  };
  const keys = ["invited", "roleChanged", "disabledDone", "enabledDone", "scopeSaved"] as const;
  const errors = ["forbidden", "signInRequired", "alreadyExists", "notFound", "lastAdmin", "self", "failed"] as const;
  const messages: Record<string, string> = {
    invalid: t("validation.email"),
    failed: t("errors.failed"),
    forbidden: t("errors.forbidden"),
    signInRequired: t("errors.signInRequired"),
  };
  for (const k of keys) messages[`manage.${k}`] = t(`manage.${k}`);
  for (const k of errors) messages[`errors.${k}`] = t(`errors.${k}`);
  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "long", timeZone: "UTC" });

  return (
    <div className="stack">
      <h1>{t("manage.title")}</h1>
      <section aria-labelledby="invite-heading" className="card">
        <h2 id="invite-heading">{t("manage.inviteHeading")}</h2>
        <ActionForm action={inviteAction} messages={messages} className="form">
          <div className="field">
            <label htmlFor="invite-email">{t("manage.inviteEmail")}</label>
            <input id="invite-email" name="email" type="email" required autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="invite-role">{t("manage.inviteRole")}</label>
            <select id="invite-role" name="role" defaultValue="organiser">
              {roles.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="invite-locale">{t("manage.inviteLocale")}</label>
            <select id="invite-locale" name="locale" defaultValue={locale}>
              {locales.map((l) => (
                <option key={l} value={l}>
                  {t(`manage.localeNames.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" className="button">
              {t("manage.inviteSubmit")}
            </button>
          </div>
        </ActionForm>
      </section>
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">{t("manage.listHeading")}</h2>
        <DataTable labelledBy="accounts-heading">
          <thead>
            <tr>
              <th scope="col">{t("manage.name")}</th>
              <th scope="col">{t("manage.email")}</th>
              <th scope="col">{t("manage.status")}</th>
              <th scope="col">{t("manage.lastSignIn")}</th>
              <th scope="col">{t("manage.role")}</th>
              <th scope="col">{t("manage.dialogues")}</th>
              <th scope="col">{t("manage.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => {
              const status = account.disabledAt ? "disabled" : account.invited ? "pendingInvitation" : "active";
              return (
                <tr key={account.id}>
                  <th scope="row">
                    {account.name} {account.id === me.id ? t("manage.you") : null}
                  </th>
                  <td>{account.email}</td>
                  <td>{t(`manage.${status}`)}</td>
                  <td>{account.lastSignInAt ? date.format(account.lastSignInAt) : t("manage.never")}</td>
                  <td>
                    <ActionForm action={changeRoleAction} messages={messages} className="inline-form">
                      <input type="hidden" name="userId" value={account.id} />
                      <label className="visually-hidden" htmlFor={`role-${account.id}`}>
                        {t("manage.roleFor", { name: account.name })}
                      </label>
                      <select id={`role-${account.id}`} name="role" defaultValue={account.role}>
                        {roles.map((role) => (
                          <option key={role} value={role}>
                            {t(`roles.${role}`)}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="button secondary small" aria-label={`${t("manage.saveRole")}: ${account.name}`}>
                        {t("manage.saveRole")}
                      </button>
                    </ActionForm>
                  </td>
                  <td>
                    {account.role === "admin" ? (
                      t("manage.scopeAdmin")
                    ) : (
                      <DialogueScopeForm
                        action={setDialogueScopeAction}
                        messages={messages}
                        account={account}
                        scope={scopes.get(account.id) ?? "all"}
                        dialogues={dialogues}
                        labels={scopeLabels}
                      />
                    )}
                  </td>
                  <td>
                    {account.id === me.id ? null : (
                      <ActionForm action={setDisabledAction} messages={messages} className="inline-form">
                        <input type="hidden" name="userId" value={account.id} />
                        <input type="hidden" name="disabled" value={account.disabledAt ? "false" : "true"} />
                        <button
                          type="submit"
                          className={`button small ${account.disabledAt ? "secondary" : "danger"}`}
                          aria-label={`${t(account.disabledAt ? "manage.enable" : "manage.disable")}: ${account.name}`}
                        >
                          {t(account.disabledAt ? "manage.enable" : "manage.disable")}
                        </button>
                      </ActionForm>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      </section>
    </div>
  );
}
