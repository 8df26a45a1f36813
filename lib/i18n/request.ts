import { getRequestConfig } from "next-intl/server";
import { parseLocale } from "./locale";
import { loadMessages } from "./messages";

export default getRequestConfig(async ({ requestLocale }) => {
  const locale = parseLocale(await requestLocale);
  return { locale, messages: await loadMessages(locale) };
});
