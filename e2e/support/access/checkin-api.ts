import type { APIRequestContext } from "@playwright/test";
import type { Role } from "@/lib/auth/roles";

/**
 * The offline desks' API: the roster (personal data) and the sync (writes check-ins), for the roles
 * that check in, on a dialogue they may open. Tried by every caller in e2e/access-matrix.spec.ts.
 */
export const checkInApiRoles: Role[] = ["admin", "organiser", "checkin"];

export const rosterPath = (slug: string) => `/api/checkin/${slug}/roster`;

/** A sync with no scans: it passes every check and writes nothing. */
export function emptySync(request: APIRequestContext, slug: string, origin: string | null) {
  return request.post(`/api/checkin/${slug}/sync`, {
    data: { deviceId: "matrix-door", scans: [] },
    headers: origin ? { Origin: origin } : {},
    maxRedirects: 0,
  });
}
