import "server-only";
import { and, eq, gt, inArray, or, type SQL } from "drizzle-orm";
import { registrations } from "@/db/schema";

/**
 * Registrations that count for seats, capacity and waiting lists at `at`: pending and confirmed
 * ones, and unconfirmed ones whose hold has not run out. An overdue hold never comes back (confirming
 * or changing it expires it), so counting it as gone is exact even before the expiry pass runs.
 */
export function liveRegistration(at: Date): SQL {
  return or(
    inArray(registrations.status, ["pending", "confirmed"]),
    and(eq(registrations.status, "unconfirmed"), gt(registrations.holdExpiresAt, at)),
  )!;
}

/** A live unconfirmed hold at `at`. */
export function liveHold(at: Date): SQL {
  return and(eq(registrations.status, "unconfirmed"), gt(registrations.holdExpiresAt, at))!;
}

/** Whether a registration row is live at `at` (the same rule as `liveRegistration`, in JS). */
export function isLive(row: { status: string; holdExpiresAt: Date | null }, at: Date): boolean {
  if (row.status === "pending" || row.status === "confirmed") return true;
  return row.status === "unconfirmed" && row.holdExpiresAt != null && row.holdExpiresAt > at;
}
