// The SQL baseline: a private PostgreSQL cluster (as bench:trust starts it), the synthetic network loaded into
// tables shaped for the candidate query, indexed and analysed, then the query timed offer by offer.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { PostgresCluster } from "../bench-trust/postgres-cluster.js";
import { CREATE_POINTS_FUNCTION, TOP_K_QUERY } from "./sql-query.js";
import { type Rows, SqlRows } from "./sql-rows.js";
import { CREATE_INDEXES, CREATE_TABLES } from "./sql-schema.js";
import type { SyntheticNetwork } from "./synthetic.js";
import { median, timed } from "./timing.js";

/** Rows per INSERT … SELECT FROM unnest(…): one round trip carries this many. */
const CHUNK = 100_000;
/**
 * Session settings for the query: work memory enough that no sort or hash spills to disk, and no JIT — the
 * planner's row estimates through the one-offer CTE are far too high, so it would JIT-compile for seconds a
 * query that runs in a fraction of one (what a DBA would switch off for this query too).
 */
const SESSION_SETTINGS = ["set work_mem = '128MB'", "set jit = off"];

export interface SqlCandidate {
  readonly id: string;
  readonly score: number;
}

export interface SqlTopK {
  readonly loadSeconds: number;
  readonly p50Ms: number;
  /** The top k of each timed offer, by offer id. */
  readonly results: ReadonlyMap<string, readonly SqlCandidate[]>;
}

/** Starts the cluster, loads the network, times the query for each offer, and removes the cluster. */
export async function measureSqlTopK(
  network: SyntheticNetwork,
  offerIds: readonly string[],
  k: number,
  log: (line: string) => void,
): Promise<SqlTopK> {
  const folder = mkdtempSync(join(tmpdir(), "primacenters-bench-matching-"));
  const cluster = new PostgresCluster(folder);
  const cleanUp = () => {
    cluster.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  // The postmaster runs detached: an interrupted bench must not leave it behind.
  const interrupted = () => {
    cleanUp();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    await cluster.init();
    await cluster.start();
    await cluster.createDatabase("matching");
    const client = new pg.Client({ connectionString: cluster.url("matching") });
    await client.connect();
    try {
      const load = await timed(() => loadNetwork(client, network));
      log(`sql: loaded ${network.workers.length} workers and ${network.offers.length} offers in ${load.seconds.toFixed(1)} s`);
      for (const setting of SESSION_SETTINGS) await client.query(setting);
      const offerNumber = new Map(network.offers.map(({ offer }, o) => [offer.id, o]));
      const run = (offerId: string) =>
        client.query<SqlCandidate>({ name: "top-k", text: TOP_K_QUERY, values: [offerNumber.get(offerId), k] }).then((r) => r.rows);
      // Warm up: the first runs read the tables into the cache and settle the plan.
      for (const offerId of offerIds.slice(0, 3)) await run(offerId);
      const results = new Map<string, readonly SqlCandidate[]>();
      const times: number[] = [];
      for (const offerId of offerIds) {
        const { value, seconds } = await timed(() => run(offerId));
        results.set(offerId, value);
        times.push(seconds * 1000);
      }
      return { loadSeconds: load.seconds, p50Ms: median(times), results };
    } finally {
      await client.end();
    }
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    cleanUp();
  }
}

async function loadNetwork(client: pg.Client, network: SyntheticNetwork): Promise<void> {
  await client.query(CREATE_TABLES);
  await client.query(CREATE_POINTS_FUNCTION);
  const rows = new SqlRows(network.context);
  for (const [w, { worker }] of network.workers.entries()) rows.addWorker(w, worker);
  for (const [o, { offer }] of network.offers.entries()) rows.addOffer(o, offer);
  rows.addOccupationSkills(network.offers.map(({ offer }) => offer.occupationUri));
  await insertAll(client, rows.rows);
  await client.query(CREATE_INDEXES);
}

/** Each table in chunks of INSERT … SELECT * FROM unnest($1::type[], …), typed from the table's own columns. */
async function insertAll(client: pg.Client, tables: Rows): Promise<void> {
  for (const [table, columns] of tables) {
    const types = await client.query<{ type: string }>(
      "select format_type(atttypid, atttypmod) as type from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped order by attnum",
      [table],
    );
    const casts = types.rows.map(({ type }, i) => `$${i + 1}::${type}[]`).join(", ");
    const count = columns[0]?.length ?? 0;
    for (let from = 0; from < count; from += CHUNK) {
      await client.query(
        `insert into ${table} select * from unnest(${casts})`,
        columns.map((column) => column.slice(from, from + CHUNK)),
      );
    }
  }
}
