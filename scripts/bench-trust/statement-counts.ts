// How many SQL statements the load cost, from pg_stat_statements (statement texts are parameterised: no data).
import pg from "pg";

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } catch {
    return null; // pg_stat_statements is not installed: the figures are left out.
  } finally {
    await client.end();
  }
}

export function resetStatementCounts(url: string): Promise<unknown> {
  return withClient(url, async (client) => {
    await client.query("create extension if not exists pg_stat_statements");
    await client.query("select pg_stat_statements_reset()");
  });
}

export interface StatementCost {
  calls: number;
  /** Time spent planning the statement in all, in milliseconds. */
  planMs: number;
  /** Time spent running the statement in all, in milliseconds. */
  totalMs: number;
  statement: string;
}

/** Statements run since the reset, and the costliest ones by time spent planning and running them (first 90 characters each). */
export function statementCounts(url: string): Promise<{ total: number; top: StatementCost[] } | null> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ calls: string; plan_ms: number; total_ms: number; query: string }>(
      `select calls, total_plan_time as plan_ms, total_exec_time as total_ms, query from pg_stat_statements s join pg_database d on d.oid = s.dbid
       where d.datname = current_database() and query not ilike '%pg_stat_statements%' order by total_exec_time + total_plan_time desc`,
    );
    return {
      total: rows.reduce((sum, row) => sum + Number(row.calls), 0),
      top: rows.slice(0, 12).map((row) => ({
        calls: Number(row.calls),
        planMs: Math.round(row.plan_ms),
        totalMs: Math.round(row.total_ms),
        statement: row.query.replace(/\s+/g, " ").slice(0, 90),
      })),
    };
  });
}
