import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("auth.dashboard");
  return <p className="notice notice-error">{t("forbidden")}</p>;
}
