import { quoteIdent, type SqlRunner } from "./sql-runner";

/**
 * Table discovery and comparison for backups. Everything is read from the database catalogue, never
 * from the app's schema, so tables added by later migrations are backed up and checked too.
 */
export type TableInfo = {
  name: string;
  /** Stored columns, in table order; generated columns are derived and left to the target. */
  columns: string[];
  /** Primary-key columns (empty if none): the stable order for copying. */
  key: string[];
  /** Columns filled from a sequence (identity or serial), reset past the copied rows. */
  sequenced: string[];
};

type TableSummary = { rows: number; checksum: string };
export type DataSummary = Record<string, TableSummary>;

/** The app's tables, parents before the tables that reference them. */
export async function listTables(db: SqlRunner): Promise<TableInfo[]> {
  const columns = await db.query<{ table: string; column: string; generated: boolean; sequenced: boolean; key: boolean }>(
    `select c.relname as "table", a.attname as "column",
            a.attgenerated <> '' as generated,
            (a.attidentity <> '' or coalesce(pg_get_expr(d.adbin, d.adrelid), '') like 'nextval(%') as sequenced,
            exists (select 1 from pg_constraint k where k.conrelid = c.oid and k.contype = 'p' and a.attnum = any (k.conkey)) as key
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
       left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
      where n.nspname = 'public' and c.relkind = 'r' and not c.relispartition
      order by c.relname, a.attnum`,
  );
  const tables = new Map<string, TableInfo>();
  for (const row of columns) {
    const table = tables.get(row.table) ?? { name: row.table, columns: [], key: [], sequenced: [] };
    tables.set(row.table, table);
    if (row.generated) continue;
    table.columns.push(row.column);
    if (row.key) table.key.push(row.column);
    if (row.sequenced) table.sequenced.push(row.column);
  }
  const references = await db.query<{ child: string; parent: string }>(
    `select c.relname as child, p.relname as parent
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid
       join pg_class p on p.oid = k.confrelid
       join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public' and c.oid <> p.oid`,
  );
  return parentsFirst([...tables.values()], references);
}

/** Topological order; a cycle (none today) falls back to name order for the tables left. */
function parentsFirst(tables: TableInfo[], references: { child: string; parent: string }[]): TableInfo[] {
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  let remaining = [...tables];
  while (remaining.length > 0) {
    const ready = remaining.filter((table) =>
      references.every((ref) => ref.child !== table.name || placed.has(ref.parent) || !remaining.some((t) => t.name === ref.parent)),
    );
    const next = ready.length > 0 ? ready : remaining.slice(0, 1);
    for (const table of next) {
      ordered.push(table);
      placed.add(table.name);
    }
    remaining = remaining.filter((table) => !placed.has(table.name));
  }
  return ordered;
}

/**
 * Row count and checksum of every table: the md5 of the sorted md5s of each row's JSON. Rows are
 * compared as JSON text in UTC, which PostgreSQL 15 and PGlite (18) print alike, so a copy can be
 * checked against its source across versions.
 */
export async function summarise(db: SqlRunner, tables?: TableInfo[]): Promise<DataSummary> {
  await db.query(`set timezone to 'UTC'`);
  await db.query(`set extra_float_digits to 1`);
  const summary: DataSummary = {};
  for (const table of tables ?? (await listTables(db))) {
    const select = table.columns.map(quoteIdent).join(", ");
    const [row] = await db.query<{ rows: string; checksum: string }>(
      `select count(*)::text as rows, md5(coalesce(string_agg(h, '' order by h collate "C"), '')) as checksum
         from (select md5(row_to_json(x)::text) as h from (select ${select} from ${quoteIdent(table.name)}) x) y`,
    );
    summary[table.name] = { rows: Number(row!.rows), checksum: row!.checksum };
  }
  return summary;
}

/** The differences between two summaries, in words; empty when the data is identical. */
export function compareSummaries(expected: DataSummary, actual: DataSummary): string[] {
  const problems: string[] = [];
  for (const [name, want] of Object.entries(expected)) {
    const got = actual[name];
    if (!got) problems.push(`table ${name} is missing`);
    else if (got.rows !== want.rows) problems.push(`table ${name} has ${got.rows} rows instead of ${want.rows}`);
    else if (got.checksum !== want.checksum) problems.push(`table ${name} has the same row count but different data`);
  }
  for (const name of Object.keys(actual)) if (!(name in expected)) problems.push(`table ${name} is not in the backup`);
  return problems;
}

/** Tables that hold at least one row (a restore target must have none). */
export async function nonEmptyTables(db: SqlRunner): Promise<string[]> {
  const found: string[] = [];
  for (const table of await listTables(db)) {
    const rows = await db.query(`select 1 from ${quoteIdent(table.name)} limit 1`);
    if (rows.length > 0) found.push(table.name);
  }
  return found;
}

/** Moves every sequence past the highest copied value, so new rows do not collide with old ids. */
export async function resetSequences(db: SqlRunner, tables: TableInfo[]): Promise<void> {
  for (const table of tables) {
    for (const column of table.sequenced) {
      await db.query(
        `select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${quoteIdent(column)}) from ${quoteIdent(table.name)}), 0) + 1, false)`,
        [quoteIdent(table.name), column],
      );
    }
  }
}
