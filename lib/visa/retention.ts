import "server-only";
import type { Executor } from "@/db/client";
import { recordAudit } from "@/lib/audit";
import { config } from "@/lib/config";
import { deleteVisaRequests, requestsPastRetention } from "./requests";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Passport data goes VISA_RETENTION_DAYS after the dialogue's last day, long before the rest of a
 * registration (a letter is of no use once the dialogue is over). Runs inside the retention pass's
 * transaction (lib/registration/retention.ts); the letterhead and its logo stay with the dialogue.
 */
export async function purgeVisaRequests(tx: Executor, at: Date, days: number = config().visaRetentionDays): Promise<number> {
  const lastDay = new Date(at.getTime() - days * DAY_MS).toISOString().slice(0, 10);
  const due = await requestsPastRetention(tx, lastDay);
  const deleted = await deleteVisaRequests(tx, due);
  if (deleted > 0) {
    await recordAudit(tx, null, { action: "visa.retention", entityType: "visa_request", after: { deleted, endedBefore: lastDay } });
  }
  return deleted;
}
