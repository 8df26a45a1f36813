import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import type { FormAction } from "@/lib/actions";
import { BadgePhotoForm, BadgeRoleForm, RemoveBadgePhotoForm } from "./badge-forms";

type Props = {
  actions: { role: FormAction; photo: FormAction; removePhoto: FormAction };
  slug: string;
  locale: string;
  eventStatus: string;
  registration: { id: number; status: string; badgeRole: string | null; headOfDelegation: boolean; photoUploadId: number | null };
};

/**
 * A registration's badge on its dashboard page: print it (confirmed registrations only, as the
 * batch), the role it prints, and the photo.
 */
export async function BadgeSection({ actions, slug, locale, eventStatus, registration: r }: Props) {
  const t = await getTranslations({ locale, namespace: "badges" });
  const fields = { slug, locale, id: r.id };
  return (
    <section aria-labelledby="badge-heading" className="card stack">
      <h2 id="badge-heading">{t("detail.title")}</h2>
      {r.status === "confirmed" ? (
        <p>
          <a
            href={`/${locale}/dashboard/events/${slug}/badges/pdf?scope=registration&registration=${r.id}&layout=a6`}
            className="button secondary"
            download
          >
            {t("detail.print")}
          </a>
        </p>
      ) : (
        <p>{t("detail.onlyConfirmed")}</p>
      )}
      {r.headOfDelegation ? <p>{t("detail.headOfDelegation")}</p> : null}
      <p>{r.photoUploadId === null ? t("detail.noPhoto") : t("detail.photoOnFile")}</p>
      <ClientMessages namespaces={["badges"]}>
        <ReadOnlyWhenArchived status={eventStatus}>
          <BadgeRoleForm serverAction={actions.role} role={r.badgeRole} {...fields} />
          <BadgePhotoForm serverAction={actions.photo} {...fields} />
          {r.photoUploadId === null ? null : <RemoveBadgePhotoForm serverAction={actions.removePhoto} {...fields} />}
        </ReadOnlyWhenArchived>
      </ClientMessages>
    </section>
  );
}
