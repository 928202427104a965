import { createHash } from "node:crypto";
import type pg from "pg";

/**
 * Distinct statements one connection keeps prepared at most; past it, new statements run unnamed as before. The
 * queries are built by the code (values always go as parameters), so the set of texts is small and bounded; the
 * cap only guards a connection's memory in PostgreSQL against a query built in an unexpected way.
 */
const MAX_PREPARED_PER_CONNECTION = 500;

/** Statement texts whose names are remembered, for all connections together. */
const NAMES_KEPT = 2000;

type QueryConfig = pg.QueryConfig & { name?: string };

/** Names by statement text, shared by the connections: a text is hashed once, not at every run. */
const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `pc_${createHash("sha1").update(text).digest("base64url")}`;
    if (names.size < NAMES_KEPT) names.set(text, name);
  }
  return name;
}

/**
 * Makes every parameterised query of the client a named prepared statement, named by a hash of its text: a
 * connection parses and plans each distinct statement once, and PostgreSQL may then reuse a generic plan. The
 * hot statements of a request cost more to plan than to run (bench:trust prints both). PostgreSQL re-plans a
 * prepared statement by itself when a table it reads changes (a migration); a connection pooler in transaction
 * mode (PgBouncer) would need `max_prepared_statements` (docs/postgresql.md).
 */
export function prepareStatementsOf(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const named = new Set<string>();
  const nameOf = (text: string): string | undefined => {
    const name = statementName(text);
    if (named.has(name)) return name;
    if (named.size >= MAX_PREPARED_PER_CONNECTION) return undefined;
    named.add(name);
    return name;
  };
  const withName = (config: QueryConfig): QueryConfig => {
    if (config.name || !config.text) return config;
    const name = nameOf(config.text);
    return name ? { ...config, name } : config;
  };
  (client as { query: unknown }).query = (first: unknown, ...rest: unknown[]) => {
    if (typeof first === "object" && first !== null && "text" in first) return query(withName(first as QueryConfig), ...rest);
    if (typeof first === "string" && Array.isArray(rest[0])) return query(withName({ text: first }), ...rest);
    return query(first, ...rest);
  };
}
