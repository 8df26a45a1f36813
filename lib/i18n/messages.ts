import type { AbstractIntlMessages } from "next-intl";
import { namespaces } from "./namespaces";

/** All namespaces of one locale, as one messages object (`{ common: {...}, home: {...} }`). */
export async function loadMessages(locale: string): Promise<AbstractIntlMessages> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => {
      const mod = (await import(`./messages/${locale}/${ns}.json`)) as { default: AbstractIntlMessages };
      return [ns, mod.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}
