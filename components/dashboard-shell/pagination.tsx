import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";

type Props = {
  page: number;
  pages: number;
  /** The page's path without locale, and the query to keep (filters). */
  path: string;
  query: Record<string, string | undefined>;
  locale: string;
  /** The name of the navigation landmark, e.g. "Pages of the table". */
  label: string;
};

function href(path: string, query: Props["query"], page: number) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  if (page > 1) params.set("page", String(page));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Previous / next links that keep the filters, in the page's language (common.json `pagination`). */
export async function Pagination({ page, pages, path, query, locale, label }: Props) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: "common.pagination" });
  const labels = { previous: t("previous"), next: t("next"), current: t("page", { page, pages }) };
  return (
    <nav aria-label={label} className="pagination">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={href(path, query, page - 1)} rel="prev">
              {labels.previous}
            </Link>
          </li>
        ) : null}
        <li aria-current="page">{labels.current}</li>
        {page < pages ? (
          <li>
            <Link href={href(path, query, page + 1)} rel="next">
              {labels.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** A positive page number from the query string (1 for anything else). */
export function pageParam(value: unknown): number {
  const n = typeof value === "string" ? Number.parseInt(value, 10) : 1;
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
}
