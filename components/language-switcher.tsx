"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { routing } from "@/lib/i18n/routing";

/**
 * Plain links to the same page in each language: they work without JavaScript and can be opened
 * in a new tab. The current path is read on the server render too, so no client state is needed.
 */
export function LanguageSwitcher({ label, current, names }: { label: string; current: string; names: Record<string, string> }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "");
  // Keep the query (e.g. the schedule's theme and day filters) once the page runs in the browser;
  // read after hydration so cached pages render the same HTML for every query.
  const [search, setSearch] = useState("");
  // biome-ignore lint/correctness/useExhaustiveDependencies: a client navigation changes `pathname`, which is when the query must be read again.
  useEffect(() => setSearch(window.location.search), [pathname]);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of links, not of form controls, so not a fieldset; tests and screen readers know it as a group.
    <div className="language-switcher" role="group" aria-label={label}>
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}${search}`}
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
