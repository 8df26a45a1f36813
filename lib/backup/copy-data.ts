import { quoteIdent, type SqlRunner } from "./sql-runner";
import { listTables, resetSequences, type TableInfo } from "./tables";

const BATCH_ROWS = 2000;

/**
 * Copies every row of every table from `source` into the same tables of `target`, which has the
 * same schema (migrated to the same version) and no rows. Rows travel as JSON and are rebuilt with
 * json_populate_recordset, so every column type converts through its own text form, and ids are
 * kept (OVERRIDING SYSTEM VALUE): tokens, password hashes and every reference stay as they were.
 * Run `target` inside a transaction: a failure then leaves it as it was.
 */
export async function copyAllRows(source: SqlRunner, target: SqlRunner): Promise<TableInfo[]> {
  const tables = await listTables(source);
  const targetTables = new Map((await listTables(target)).map((t) => [t.name, t]));
  // JSON timestamps are written in the source's zone; pin both so no value shifts on the way.
  await source.query(`set timezone to 'UTC'`);
  await target.query(`set timezone to 'UTC'`);
  for (const table of tables) {
    const twin = targetTables.get(table.name);
    if (!twin) throw new Error(`the target has no table ${table.name}: it is not at the backup's schema version`);
    await copyTable(source, target, table);
  }
  await resetSequences(target, tables);
  return tables;
}

async function copyTable(source: SqlRunner, target: SqlRunner, table: TableInfo): Promise<void> {
  const columns = table.columns.map(quoteIdent).join(", ");
  const name = quoteIdent(table.name);
  const order = (table.key.length > 0 ? table.key : table.columns).map(quoteIdent).join(", ");
  for (let offset = 0; ; offset += BATCH_ROWS) {
    const [batch] = await source.query<{ rows: string; n: number }>(
      `select coalesce(json_agg(x), '[]')::text as rows, count(*)::int as n
         from (select ${columns} from ${name} order by ${order} limit ${BATCH_ROWS} offset ${offset}) x`,
    );
    if (!batch || batch.n === 0) return;
    await target.query(
      `insert into ${name} (${columns}) overriding system value
       select ${columns} from json_populate_recordset(null::${name}, $1::text::json)`,
      [batch.rows],
    );
    if (batch.n < BATCH_ROWS) return;
  }
}
