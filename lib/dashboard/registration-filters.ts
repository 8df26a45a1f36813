import { z } from "zod";
import { registrationStatus, stakeholderGroup } from "@/db/schema/enums";
import { withoutNul } from "@/lib/validation/form-text";

export const registrationSorts = ["name", "created", "organisation", "country", "status"] as const;
export const PAGE_SIZE = 50;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

/**
 * The registrations table's GET parameters. Anything unknown or malformed falls back to the
 * default instead of failing: a hand-edited URL still shows a table.
 */
export const registrationFiltersSchema = z.object({
  q: optionalText(100).catch(undefined),
  status: z.enum(registrationStatus.enumValues).optional().catch(undefined),
  group: z.enum(stakeholderGroup.enumValues).optional().catch(undefined),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/)
    .transform((code) => code.toUpperCase())
    .optional()
    .catch(undefined),
  session: z.coerce.number().int().positive().optional().catch(undefined),
  /** An answer to a question: `<question id>` (answered at all) or `<question id>:<option key|yes|no>`. */
  answer: z
    .string()
    .regex(/^[1-9]\d{0,8}(:[a-z0-9]{1,20})?$/)
    .optional()
    .catch(undefined),
  sort: z.enum(registrationSorts).default("created").catch("created"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

export type RegistrationFilters = z.output<typeof registrationFiltersSchema>;

/** Parses Next's searchParams (strings or arrays) into filters. */
export function parseRegistrationFilters(query: Record<string, string | string[] | undefined>): RegistrationFilters {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    const first = Array.isArray(value) ? value[0] : value;
    // NUL cannot reach PostgreSQL (it answered 500): dropped as in every form (form-text.ts).
    if (first !== undefined && first !== "") flat[key] = withoutNul(first);
  }
  return registrationFiltersSchema.parse(flat);
}

/** The filters as a query string (without the page unless asked), for links and exports. */
export function filtersQuery(filters: Partial<RegistrationFilters>, overrides: Partial<RegistrationFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const key of ["q", "status", "group", "country", "session", "answer", "sort", "dir", "page"] as const) {
    const value = merged[key];
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && value === 1) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
