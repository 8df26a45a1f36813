import { existsSync } from "node:fs";
import { openDatabase } from "@/db/client";
import { BackupError } from "./manifest";
import { appliedMigrations, versionProblem } from "./schema-version";
import { copyIntoServer } from "./server-target";
import { pgliteClientOf, pgliteRunner } from "./sql-runner";
import { type DataSummary, summarise } from "./tables";

export type MoveResult = { tables: number; rows: number; summary: DataSummary };

/**
 * Copies the embedded database in `pgliteDir` into the empty PostgreSQL database at `url`, row for
 * row with the same ids, and checks every table's row count and checksum on arrival. The embedded
 * database is only read. The app must be stopped, or writes made during the move would be lost.
 */
export async function moveToPostgres(input: { pgliteDir: string; url: string; force?: boolean }): Promise<MoveResult> {
  if (!existsSync(input.pgliteDir)) throw new BackupError(`There is no embedded database in ${input.pgliteDir}: nothing to move.`);
  const source = openDatabase({ dataDir: input.pgliteDir });
  try {
    const runner = pgliteRunner(pgliteClientOf(source));
    const migrations = await appliedMigrations(runner);
    const problem = versionProblem(migrations);
    if (problem) throw new BackupError(`Cannot move: ${problem}. Nothing was changed.`);
    const summary = await summarise(runner);
    const copied = await copyIntoServer({
      source: runner,
      migrationCount: migrations.length,
      expected: summary,
      url: input.url,
      force: input.force ?? false,
    });
    return { ...copied, summary };
  } finally {
    await source.close();
  }
}
