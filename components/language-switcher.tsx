"use client";

import { usePathname } from "next/navigation";
import { routing } from "@/lib/i18n/routing";

/**
 * Plain links to the same page in each language: they work without JavaScript and can be opened
 * in a new tab. The current path is read on the server render too, so no client state is needed.
 */
export function LanguageSwitcher({
  label,
  current,
  names,
}: {
  label: string;
  current: string;
  names: Record<string, string>;
}) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "");
  return (
    <div className="language-switcher" role="group" aria-label={label}>
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              title={names[locale]}
            >
              <span aria-hidden="true">{locale.toUpperCase()}</span>
              <span className="visually-hidden">{names[locale]}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
