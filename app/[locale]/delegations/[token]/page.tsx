import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LetterSection } from "@/components/delegations/letter-section";
import { MemberImportForm } from "@/components/delegations/member-import-form";
import { MemberList } from "@/components/delegations/member-list";
import { Link } from "@/components/link";
import { RegistrationForm } from "@/components/registration/registration-form";
import { getDb } from "@/lib/database";
import { delegationOfToken } from "@/lib/delegations/delegations";
import { allowDelegationLinkUse } from "@/lib/delegations/focal-link";
import { beforeDeadline, delegationMembers } from "@/lib/delegations/members";
import { formatDateRange, intlLocale, localize } from "@/lib/i18n/localize";
import { pageLocale } from "@/lib/i18n/page-locale";
import { activeQuestions } from "@/lib/questions/answers";
import { toFormQuestions } from "@/lib/questions/form-questions";
import { loadEventCatalogue } from "@/lib/registration/catalogue";
import { countryGroups } from "@/lib/registration/countries";
import { PRIVACY_NOTICE_VERSION } from "@/lib/registration/options";
import { groupSessions } from "@/lib/registration/session-groups";
import { importMembersAction, registerMemberAction, replaceMemberAction, setHeadAction, withdrawMemberAction } from "./actions";
import "@/components/registration/registration.css";

// "same-origin", as on the delegate's manage page: the secret link never leaves this site, and forms
// keep their Origin header (under "no-referrer" Chromium sends "null", which Next refuses).
export const metadata: Metadata = { robots: { index: false }, referrer: "same-origin" };

type Search = { done?: string; error?: string; letterError?: string; replace?: string; count?: string };
const DONE = ["registered", "head", "withdrawn", "imported", "letter"] as const;
const ERRORS = ["deadlinePassed", "notMember", "confirmRequired", "rateLimited"] as const;
const LETTER_ERRORS = ["empty", "tooLarge", "type", "damaged"] as const;

/** The focal point's page of their delegation, opened by the secret link the organisers' email sent. */
export default async function DelegationPage({ params, searchParams }: PageProps<"/[locale]/delegations/[token]">) {
  await connection();
  const locale = await pageLocale(params);
  const { token } = await params;
  const search = (await searchParams) as Search;
  const t = await getTranslations({ locale, namespace: "focalPoint" });
  if (!(await allowDelegationLinkUse(await headers())).ok) {
    return <p className="notice notice-error">{t("rateLimited")}</p>;
  }
  const db = getDb();
  const opened = await delegationOfToken(db, token);
  if (!opened) notFound(); // unknown and revoked links alike
  const { delegation, event } = opened;
  const [members, questions, catalogue] = await Promise.all([
    delegationMembers(db, delegation.id),
    activeQuestions(db, event.id),
    loadEventCatalogue(db, event.slug),
  ]);
  const open = beforeDeadline(delegation);
  const full = delegation.placesUsed >= delegation.quota;
  const deadline = new Intl.DateTimeFormat(intlLocale(locale), {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: event.timeZone,
    timeZoneName: "short",
  }).format(delegation.deadline);
  const done = DONE.find((key) => key === search.done);
  const error = ERRORS.find((key) => key === search.error);
  const letterError = LETTER_ERRORS.find((key) => key === search.letterError);
  const replacing = open ? members.find((m) => String(m.id) === search.replace) : undefined;
  const form = (kind: "register" | "replace") => ({
    action: kind === "register" ? registerMemberAction : replaceMemberAction,
    eventSlug: event.slug,
    locale,
    submissionKey: randomUUID(),
    countries: countryGroups(intlLocale(locale)),
    groups: catalogue ? groupSessions({ ...catalogue, timeZone: event.timeZone }, locale, t("general")) : [],
    questions: toFormQuestions(questions, locale),
    privacyHref: `/${locale}/privacy`,
    privacyVersion: PRIVACY_NOTICE_VERSION,
    messageValues: { quota: delegation.quota },
    submitLabel: t(`${kind}.submit`),
    askAttendance: event.participationMode === "hybrid",
  });

  return (
    <div className="stack">
      <h1>{delegation.name}</h1>
      <p className="lead">
        {localize(event.title, locale)} · {formatDateRange(locale, event.startDate, event.endDate)} · {event.city}
      </p>
      {done ? (
        <p className="notice notice-success" role="status">
          {t(`done.${done}`, { count: Number(search.count) || 0 })}
        </p>
      ) : null}
      {error ? (
        <p className="notice notice-error" role="alert">
          {t(`errors.${error}`)}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("quota")}</dt>
        <dd data-testid="quota-used">{t("quotaUsed", { used: delegation.placesUsed, quota: delegation.quota })}</dd>
        <dt>{t("deadline")}</dt>
        <dd>{deadline}</dd>
      </dl>
      <p className={`notice ${open ? "notice-info" : "notice-error"}`}>{open ? t("openNote") : t("closedNote")}</p>
      <p className="hint">{t("keepLink")}</p>

      <MemberList
        members={members}
        token={token}
        locale={locale}
        open={open}
        setHeadAction={setHeadAction}
        withdrawAction={withdrawMemberAction}
      />

      {replacing ? (
        <section id="replace" aria-labelledby="replace-heading" className="card stack">
          <h2 id="replace-heading">{t("replace.heading", { name: `${replacing.givenName} ${replacing.familyName}` })}</h2>
          <p>{t("replace.intro")}</p>
          <p>
            <Link href={`/delegations/${token}#members`}>{t("replace.cancel")}</Link>
          </p>
          <ClientMessages namespaces={["registration", "hybrid"]}>
            <RegistrationForm {...form("replace")}>
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="replaces" value={replacing.id} />
            </RegistrationForm>
          </ClientMessages>
        </section>
      ) : open ? (
        <section id="register" aria-labelledby="register-heading" className="stack">
          <h2 id="register-heading">{t("register.heading")}</h2>
          {full ? <p className="notice notice-info">{t("register.full", { quota: delegation.quota })}</p> : null}
          <p className="hint">{t("register.intro")}</p>
          <ClientMessages namespaces={["registration", "hybrid"]}>
            <RegistrationForm {...form("register")}>
              <input type="hidden" name="token" value={token} />
            </RegistrationForm>
          </ClientMessages>
        </section>
      ) : null}

      {open ? (
        <section id="import" aria-labelledby="import-heading" className="card stack">
          <h2 id="import-heading">{t("import.heading")}</h2>
          <p>{t("import.intro")}</p>
          <p className="actions">
            <a className="button secondary" href={`/api/delegations/${token}/template?format=csv&locale=${locale}`}>
              {t("import.templateCsv")}
            </a>
            <a className="button secondary" href={`/api/delegations/${token}/template?format=xlsx&locale=${locale}`}>
              {t("import.templateXlsx")}
            </a>
          </p>
          <ClientMessages namespaces={["focalPoint", "registration"]}>
            <MemberImportForm serverAction={importMembersAction} token={token} locale={locale} quota={delegation.quota} />
          </ClientMessages>
        </section>
      ) : null}

      <LetterSection token={token} locale={locale} received={delegation.letterUploadId != null} error={letterError} />
    </div>
  );
}
