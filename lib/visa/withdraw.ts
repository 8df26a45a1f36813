import "server-only";
import type { Database } from "@/db/client";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit";
import { deleteVisaRequests } from "./requests";

/**
 * The delegate withdraws their visa letter request from their own page: the passport data goes at
 * once (with any letter not yet sent), the registration stays.
 */
export async function withdrawVisaRequest(db: Database, registrationId: number): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const deleted = await deleteVisaRequests(tx, [registrationId]);
    if (deleted > 0)
      await recordAudit(tx, null, { action: "visa.request.withdrawn", entityType: "registration", entityId: registrationId });
    return deleted > 0;
  });
}
