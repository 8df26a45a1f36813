import type { AbstractIntlMessages } from "next-intl";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Namespace } from "@/lib/i18n/namespaces";

/**
 * Gives client components only the message namespaces they use, instead of every string of the
 * app, so that public pages ship as little as possible.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: Namespace[]; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const picked: AbstractIntlMessages = {};
  for (const ns of namespaces) {
    const part = messages[ns];
    if (part !== undefined) picked[ns] = part;
  }
  return (
    <NextIntlClientProvider locale={locale} messages={picked}>
      {children}
    </NextIntlClientProvider>
  );
}
