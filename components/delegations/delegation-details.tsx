import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import type { FormAction } from "@/lib/actions";
import type { DelegationListItem } from "@/lib/delegations/organiser";
import { DelegationButton } from "./delegation-button";
import { DelegationEditForm } from "./delegation-edit-form";

type Props = {
  delegation: DelegationListItem;
  actions: Record<"update" | "reissue" | "revoke" | "approve", FormAction>;
  slug: string;
  locale: string;
  timeZone: string;
  /** The stored deadline as a wall time in the dialogue's zone, for the edit form. */
  deadlineValue: string;
};

/** One delegation's members and the organisers' controls: quota and deadline, its focal point's link, approval. */
export async function DelegationDetails({ delegation, actions, slug, locale, timeZone, deadlineValue }: Props) {
  const [t, statuses] = await Promise.all([
    getTranslations({ locale, namespace: "delegationsAdmin" }),
    getTranslations({ locale, namespace: "registrations" }),
  ]);
  const { id, name } = delegation;
  const button = (action: keyof Props["actions"], label: string, tone?: "secondary" | "danger", disabled?: boolean) => (
    <DelegationButton serverAction={actions[action]} slug={slug} locale={locale} id={id} label={label} tone={tone} disabled={disabled} />
  );
  return (
    <section aria-labelledby={`delegation-${id}`} className="card stack">
      <h2 id={`delegation-${id}`}>{name}</h2>
      <h3>{t("delegation.members")}</h3>
      {delegation.members.length === 0 ? (
        <p>{t("delegation.noMembers")}</p>
      ) : (
        <DataTable label={t("delegation.membersCaption", { delegation: name })}>
          <caption>{t("delegation.membersCaption", { delegation: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("delegation.memberName")}</th>
              <th scope="col">{t("delegation.organisation")}</th>
              <th scope="col">{t("delegation.memberStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {delegation.members.map((member) => (
              <tr key={member.id}>
                <th scope="row">
                  <a href={`/${locale}/dashboard/events/${slug}/registrations/${member.id}`}>
                    {member.givenName} {member.familyName}
                  </a>
                  {member.headOfDelegation ? ` (${t("delegation.isHead")})` : null}
                </th>
                <td>{member.organisation}</td>
                <td>{statuses(`status.${member.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <h3>{t("delegation.editHeading")}</h3>
      <DelegationEditForm
        serverAction={actions.update}
        slug={slug}
        locale={locale}
        id={id}
        timeZone={timeZone}
        current={{ quota: String(delegation.quota), deadline: deadlineValue }}
      />
      <p className="hint">{t("delegation.reissueHint")}</p>
      <div className="actions">
        {button("reissue", t("delegation.reissue"), "secondary")}
        {/* Kept (disabled) once revoked, so that its answer stays on screen after the page refreshes. */}
        {button("revoke", t("delegation.revoke"), "danger", !delegation.tokenHash)}
      </div>
      <p className="hint">{t("delegation.approveHint")}</p>
      {button("approve", t("delegation.approve"))}
    </section>
  );
}
