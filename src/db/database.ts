import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as tables from "./schema/all-tables.js";

/** One typed handle whichever engine is underneath: PGlite (embedded) or a PostgreSQL server. */
export type Database = PgDatabase<PgQueryResultHKT, typeof tables>;
/** A transaction has the same query API as the database. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseConnection {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}
