import type { Database, Transaction } from "./client";
import { PG_DEADLOCK, PG_SERIALIZATION_FAILURE, pgErrorCode } from "./errors";

/**
 * The one way to open a transaction (a unit test refuses `.transaction(` anywhere else).
 *
 * Runs `work` in a transaction and runs it again (a few times) when PostgreSQL aborts it as a
 * deadlock victim or a serialization failure: under heavy contention that is an expected outcome,
 * never a reason to show a delegate an error. `work` may therefore run more than once: it must
 * do nothing outside the database that cannot be repeated (everything it writes is rolled back).
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
