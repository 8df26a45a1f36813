import "server-only";
import type { Database, Transaction } from "@/db/client";
import { PG_DEADLOCK, PG_SERIALIZATION_FAILURE, pgErrorCode } from "@/lib/db-errors";

/**
 * Runs `work` in a transaction and runs it again (a few times) when PostgreSQL aborts it as a
 * deadlock victim or a serialization failure: under heavy contention that is an expected outcome,
 * never a reason to show a delegate an error.
 */
export async function inTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      const code = pgErrorCode(error);
      const retryable = code === PG_DEADLOCK || code === PG_SERIALIZATION_FAILURE;
      if (!retryable || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
