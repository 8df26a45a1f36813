import { getTranslations } from "next-intl/server";
import { FileField } from "@/components/form/fields";

type Props = { token: string; locale: string; received: boolean; error?: "empty" | "tooLarge" | "type" | "damaged" };

/**
 * The nomination letter: a plain multipart form posted to the upload route (a letter may be up to
 * 10 MB, past what a server action takes), which answers by sending the browser back here.
 */
export async function LetterSection({ token, locale, received, error }: Props) {
  const t = await getTranslations({ locale, namespace: "focalPoint" });
  const api = `/api/delegations/${encodeURIComponent(token)}/letter`;
  return (
    <section id="letter" aria-labelledby="letter-heading" className="card stack">
      <h2 id="letter-heading">{t("letter.heading")}</h2>
      <p>{received ? t("letter.received") : t("letter.missing")}</p>
      {received ? (
        <p>
          <a className="button secondary" href={api}>
            {t("letter.download")}
          </a>
        </p>
      ) : null}
      {error ? (
        <p className="notice notice-error" role="alert">
          {t(`letter.errors.${error}`)}
        </p>
      ) : null}
      <form method="post" action={`${api}?locale=${locale}`} encType="multipart/form-data" className="form">
        <FileField
          id="letter-file"
          name="file"
          label={received ? t("letter.replaceLabel") : t("letter.label")}
          hint={t("letter.hint")}
          accept="application/pdf,.pdf"
          required
          aria-invalid={error ? true : undefined}
        />
        <div>
          <button type="submit" className="button">
            {t("letter.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
