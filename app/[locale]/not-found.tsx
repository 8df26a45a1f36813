import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </>
  );
}
