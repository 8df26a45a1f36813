import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { PostForm } from "@/components/form/post-form";
import { Link } from "@/components/link";
import type { FormAction } from "@/lib/actions/state";

type Member = {
  id: number;
  givenName: string;
  familyName: string;
  organisation: string;
  status: "pending" | "confirmed" | "rejected" | "cancelled" | "unconfirmed" | "expired" | "waitlisted";
  headOfDelegation: boolean;
};

type Props = {
  members: Member[];
  token: string;
  locale: string;
  /** Before the deadline: members may be withdrawn and replaced. */
  open: boolean;
  setHeadAction: FormAction;
  withdrawAction: FormAction;
};

/** The delegation's members, with what the focal point can do to each (buttons post and come back here). */
export async function MemberList({ members, token, locale, open, setHeadAction, withdrawAction }: Props) {
  const t = await getTranslations({ locale, namespace: "focalPoint" });
  const tr = await getTranslations({ locale, namespace: "registration" });
  const linkFields = (
    <>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );
  return (
    <div id="members" className="stack">
      <h2 id="members-heading">{t("members.heading")}</h2>
      {members.length === 0 ? (
        <p>{t("members.none")}</p>
      ) : (
        <DataTable labelledBy="members-heading">
          <thead>
            <tr>
              <th scope="col">{t("members.name")}</th>
              <th scope="col">{t("members.organisation")}</th>
              <th scope="col">{t("members.status")}</th>
              <th scope="col">{t("members.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const name = `${m.givenName} ${m.familyName}`;
              return (
                <tr key={m.id}>
                  <th scope="row">
                    {name}
                    {m.headOfDelegation ? <span className="badge badge-open"> {t("members.head")}</span> : null}
                  </th>
                  <td>{m.organisation}</td>
                  <td>{tr(`manage.status.${m.status}`)}</td>
                  <td className="stack">
                    {m.headOfDelegation ? null : (
                      <PostForm action={setHeadAction}>
                        {linkFields}
                        <input type="hidden" name="memberId" value={m.id} />
                        <button type="submit" className="button secondary">
                          {t("members.makeHead", { name })}
                        </button>
                      </PostForm>
                    )}
                    {open ? (
                      <>
                        <Link href={`/delegations/${token}?replace=${m.id}#replace`}>{t("members.replace", { name })}</Link>
                        <details>
                          <summary>{t("members.withdraw", { name })}</summary>
                          <PostForm action={withdrawAction}>
                            {linkFields}
                            <input type="hidden" name="memberId" value={m.id} />
                            <label>
                              <input type="checkbox" name="confirm" required /> {t("members.withdrawConfirm", { name })}
                            </label>
                            <button type="submit" className="button danger">
                              {t("members.withdrawSubmit")}
                            </button>
                          </PostForm>
                        </details>
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
