import { getTranslations } from "next-intl/server";
import { scheduleHref } from "@/lib/programme/filters";
import { formatDay } from "@/lib/programme/format";

/**
 * Filters as plain links (query URLs the proxy maps to cached pages): they work without
 * JavaScript, can be shared and bookmarked, and the current choice is marked for screen readers.
 */
export async function ScheduleFilters({
  locale,
  slug,
  themeTerm,
  themes,
  days,
  current,
}: {
  locale: string;
  slug: string;
  themeTerm: "theme" | "pillar";
  themes: { slug: string; name: string }[];
  days: string[];
  current: { theme: string | null; day: string | null };
}) {
  const t = await getTranslations({ locale, namespace: "programme" });
  const themeOptions = [{ slug: null, name: t(`allThemes.${themeTerm}`) }, ...themes];
  const dayOptions = [{ day: null, name: t("allDays") }, ...days.map((day) => ({ day, name: formatDay(day, locale, "short") }))];
  return (
    <nav className="filters" aria-label={t("filters")}>
      <div className="filter-group">
        <h2 id="filter-theme" className="filter-heading">
          {t(`byTheme.${themeTerm}`)}
        </h2>
        <ul aria-labelledby="filter-theme">
          {themeOptions.map((option) => (
            <li key={option.slug ?? "all"}>
              <a
                href={scheduleHref(locale, slug, { theme: option.slug, day: current.day })}
                aria-current={option.slug === current.theme ? "page" : undefined}
              >
                {option.name}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <div className="filter-group">
        <h2 id="filter-day" className="filter-heading">
          {t("byDay")}
        </h2>
        <ul aria-labelledby="filter-day">
          {dayOptions.map((option) => (
            <li key={option.day ?? "all"}>
              <a
                href={scheduleHref(locale, slug, { theme: current.theme, day: option.day })}
                aria-current={option.day === current.day ? "page" : undefined}
              >
                {option.name}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
