// Row counts and checksums of every table, and the schema migration a database is at: written into a backup's
// manifest and compared after a restore, so a restore proves it brought back exactly what was saved.
import { readFileSync } from "node:fs";
import { BackupError } from "./backup-file.js";

/** The little both a PGlite instance and a node-postgres client offer. */
export interface SqlClient {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export type AppliedMigration = { tag: string; appliedAt: number } | null;

export interface TableStatistics {
  table: string;
  rows: number;
  /** md5 over the sorted md5s of the rows' text forms: independent of physical order. */
  checksum: string;
}

const journal = JSON.parse(readFileSync(new URL("../db/migrations/meta/_journal.json", import.meta.url), "utf8")) as {
  entries: { tag: string; when: number }[];
};

/** The newest migration this version of the product ships. */
export const SHIPPED_MIGRATION = journal.entries.at(-1) ?? { tag: "none", when: 0 };

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * Settings that make a row's text form the same whoever reads it; call inside a transaction. Row security off:
 * an account that cannot see every row gets an error rather than a partial count (pg_dump does the same).
 */
export async function setStableTextForms(client: SqlClient): Promise<void> {
  for (const setting of [
    "timezone to 'UTC'",
    "datestyle to 'ISO, YMD'",
    "intervalstyle to 'postgres'",
    "extra_float_digits to 1",
    "row_security to off",
  ]) {
    await client.query(`set local ${setting}`);
  }
}

/** Every table of the product (all schemas but PostgreSQL's own), sorted by name. */
export async function tableStatistics(client: SqlClient): Promise<TableStatistics[]> {
  const { rows: tables } = await client.query<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema not in ('information_schema', 'pg_catalog') and table_schema not like 'pg\\_%'
     order by 1, 2`,
  );
  const statistics: TableStatistics[] = [];
  for (const { schema, name } of tables) {
    const { rows } = await client.query<{ rows: number; checksum: string }>(
      `select count(*)::int as rows, coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') as checksum
       from ${quote(schema)}.${quote(name)} t`,
    );
    statistics.push({ table: `${schema}.${name}`, rows: rows[0]?.rows ?? 0, checksum: rows[0]?.checksum ?? "" });
  }
  return statistics;
}

/** Schema migration and table statistics read in one consistent snapshot. */
export async function readDatabaseState(
  client: SqlClient,
): Promise<{ migration: Awaited<ReturnType<typeof appliedMigration>>; tables: TableStatistics[] }> {
  await client.query("begin isolation level repeatable read read only");
  try {
    await setStableTextForms(client);
    return { migration: await appliedMigration(client), tables: await tableStatistics(client) };
  } finally {
    await client.query("commit");
  }
}

export const totalRows = (statistics: TableStatistics[]) => statistics.reduce((sum, table) => sum + table.rows, 0);

/** Tables whose rows differ between what the manifest promised and what the restored database holds. */
export function differingTables(expected: TableStatistics[], actual: TableStatistics[]): string[] {
  const byName = new Map(actual.map((table) => [table.table, table]));
  const names = new Set([...expected.map((t) => t.table), ...actual.map((t) => t.table)]);
  return [...names].filter((name) => {
    const want = expected.find((t) => t.table === name);
    const got = byName.get(name);
    return want?.rows !== got?.rows || want?.checksum !== got?.checksum;
  });
}

/** The last migration applied, named by its tag in the shipped journal. */
export async function appliedMigration(client: SqlClient): Promise<AppliedMigration> {
  const { rows } = await client.query<{ exists: boolean }>(`select to_regclass('drizzle.__drizzle_migrations') is not null as exists`);
  if (!rows[0]?.exists) return null;
  const { rows: applied } = await client.query<{ created_at: string }>(
    "select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1",
  );
  if (!applied[0]) return null;
  const appliedAt = Number(applied[0].created_at);
  return { tag: journal.entries.find((entry) => entry.when === appliedAt)?.tag ?? "unknown (newer than this version)", appliedAt };
}

/** A backup from a newer version of the product has tables this version does not know: refuse it. */
export function checkMigrationIsKnown(migration: AppliedMigration): void {
  if (migration && migration.appliedAt > SHIPPED_MIGRATION.when) {
    throw new BackupError(
      `The backup was made by a newer version of Primacenters (schema ${migration.tag}); this version knows up to ${SHIPPED_MIGRATION.tag}. Update the product first.`,
    );
  }
}
