// `npm run bench:trust`: proof that acknowledged writes survive crashes, that a backup restores, and how the
// product answers under load. Progress lines first; the last line is one JSON object with the results.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { readBackupFile } from "../../src/cli/backup-file.js";
import { differingTables, readDatabaseState } from "../../src/cli/backup-statistics.js";
import { openDatabase } from "../../src/db/open-database.js";
import { insertPasswordAccount } from "../../src/db/repositories/account-repository.js";
import { insertCentre } from "../../src/db/repositories/centre-repository.js";
import { hashPassword } from "../../src/server/auth/create-auth.js";
import { runLoad } from "./load-phase.js";
import { PostgresCluster } from "./postgres-cluster.js";
import { ProductServer, signIn } from "./product-server.js";
import { resetStatementCounts, statementCounts } from "./statement-counts.js";
import { progress } from "./wait.js";
import { driveWrites, MARKER_PREFIX, type WriteLedger } from "./write-driver.js";

const WRITE_SECONDS = 24;
const LOAD = { connections: 200, seconds: 15, warmupSeconds: 3, connectionRate: Number(process.env.BENCH_CONNECTION_RATE ?? 1) };
const EMAIL = "caseworker@bench.test";
const PASSWORD = "Bench-Trust-Password-2026!";
const cli = fileURLToPath(new URL("../../bin/primacenters.mjs", import.meta.url));

const folder = mkdtempSync(join(tmpdir(), "primacenters-bench-"));
const cluster = new PostgresCluster(folder);
/** The product server once started, for the clean-up. */
const running: { server: ProductServer | null } = { server: null };

function cleanUp(): void {
  running.server?.stop();
  cluster.stop();
  rmSync(folder, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A centre and a caseworker, made with the product's own repositories (as `create-centre`/`create-user` do). */
async function prepareDatabase(url: string): Promise<void> {
  const connection = await openDatabase({ kind: "postgres", url, poolSize: 2 });
  try {
    const centreId = await insertCentre(connection.db, {
      name: "Bench centre",
      country: "EL",
      regionCode: "EL633",
      timezone: "Europe/Athens",
    });
    await insertPasswordAccount(connection.db, {
      name: "Bench caseworker",
      email: EMAIL,
      passwordHash: await hashPassword(PASSWORD),
      role: "caseworker",
      centreId,
    });
  } finally {
    await connection.close();
  }
}

/** Writes under fire: PostgreSQL is killed and restarted, then the server is. */
async function writesUnderFaults(cookie: string, product: ProductServer) {
  const started = Date.now();
  let issuing = true;
  const kills = { postgres: 0, server: 0 };
  const writes = driveWrites({
    baseUrl: () => product.url,
    cookie,
    clients: 16,
    keepIssuing: () => issuing,
    giveUpAt: () => (issuing ? Number.POSITIVE_INFINITY : started + (WRITE_SECONDS + 60) * 1000),
  });
  await sleep(6000);
  progress("kill -9 PostgreSQL");
  cluster.crash();
  kills.postgres++;
  await sleep(2000);
  await cluster.start();
  progress("PostgreSQL restarted (crash recovery done)");
  await sleep(Math.max(0, started + 14_000 - Date.now()));
  progress("kill -9 the server");
  product.crash();
  kills.server++;
  await sleep(1000);
  await product.start();
  progress("server restarted");
  await sleep(Math.max(0, started + WRITE_SECONDS * 1000 - Date.now()));
  issuing = false;
  progress("no new writes; waiting for retries of unanswered ones");
  return { ledger: await writes, kills };
}

async function compareWithDatabase(url: string, ledger: WriteLedger) {
  const rows = await query<{ id: string; family_name: string }>(url, "select id, family_name from workers where family_name like $1", [
    `${MARKER_PREFIX}%`,
  ]);
  const idsByMarker = new Map<string, string[]>();
  for (const row of rows) idsByMarker.set(row.family_name, [...(idsByMarker.get(row.family_name) ?? []), row.id]);
  const lost = [...ledger.acknowledged].filter(([marker, id]) => !idsByMarker.get(marker)?.includes(id)).length;
  const duplicated = [...idsByMarker.values()].reduce((sum, ids) => sum + ids.length - 1, 0);
  return { lost, duplicated, rows: rows.length };
}

/** The product's own backup command on the live database, restored with its own restore command into a scratch one. */
async function backupAndRestore(url: string, scratchUrl: string): Promise<{ restore_ok: boolean; backup_bytes: number }> {
  const file = join(folder, "bench.backup");
  const run = (args: string[], databaseUrl: string) =>
    promisify(execFile)(process.execPath, [cli, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: join(folder, "cli-data") },
    });
  progress((await run(["backup", file], url)).stdout.trim());
  await cluster.createDatabase("primacenters_scratch");
  progress((await run(["restore", file], scratchUrl)).stdout.trim());
  const { manifest } = await readBackupFile(file);
  const client = new pg.Client({ connectionString: scratchUrl });
  await client.connect();
  const restored = await readDatabaseState(client);
  await client.end();
  const differing = differingTables(manifest.tables, restored.tables);
  if (differing.length > 0) progress(`restored tables differ: ${differing.join(", ")}`);
  return { restore_ok: differing.length === 0 && manifest.tables.length > 0, backup_bytes: manifest.payload.bytes };
}

async function main() {
  const began = Date.now();
  await cluster.init();
  await cluster.start();
  await cluster.createDatabase("primacenters");
  const url = cluster.url("primacenters");
  progress(`own PostgreSQL cluster on port ${cluster.port} in ${folder}`);
  await prepareDatabase(url);
  const product = new ProductServer(folder, url);
  running.server = product;
  await product.start();
  progress(`server on ${product.url}`);
  const cookie = await signIn(product.url, EMAIL, PASSWORD);

  progress(`writes for ${WRITE_SECONDS} s with faults`);
  const { ledger, kills } = await writesUnderFaults(cookie, product);
  const { lost, duplicated, rows } = await compareWithDatabase(url, ledger);
  progress(`acknowledged ${ledger.acknowledged.size}, in the database ${rows}, lost ${lost}, duplicated ${duplicated}`);

  const { restore_ok, backup_bytes } = await backupAndRestore(url, cluster.url("primacenters_scratch"));
  progress(`restore ${restore_ok ? "verified" : "FAILED"}`);

  progress(
    `load: ${LOAD.connections} connections, ${LOAD.connectionRate} request/s each on average, ${LOAD.warmupSeconds} s warm-up + ${LOAD.seconds} s measured`,
  );
  await resetStatementCounts(url);
  const load = await runLoad({ baseUrl: product.url, cookie, workerIds: [...ledger.acknowledged.values()], ...LOAD });
  progress(`load done: ${load.rps} requests/s, p99 ${load.p99_ms} ms, errors ${load.errors}`);
  const statements = await statementCounts(url);
  for (const { calls, planMs, totalMs, statement } of statements?.top ?? [])
    progress(
      `  ${String(planMs).padStart(6)} ms planning, ${String(totalMs).padStart(6)} ms running ${String(calls).padStart(6)} × ${statement}`,
    );
  const statementsPerRequest = statements ? Math.round((statements.total / load.requests_with_warmup) * 10) / 10 : null;

  return {
    acknowledged: ledger.acknowledged.size,
    lost,
    duplicated,
    restore_ok,
    load: { ...load, sql_statements_per_request: statementsPerRequest },
    kills,
    unplanned_server_exits: product.unplannedExits,
    retries: ledger.retries,
    refused: ledger.refused,
    unanswered: ledger.unanswered,
    unacknowledged_but_saved: rows - ledger.acknowledged.size + lost,
    backup_bytes,
    duration_s: Math.round((Date.now() - began) / 1000),
  };
}

try {
  const result = await main();
  cleanUp();
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (error) {
  const serverLog = running.server?.logTail() ?? "";
  cleanUp();
  process.stderr.write(`bench:trust failed: ${(error as Error).stack ?? error}\n${serverLog ? `server log:\n${serverLog}\n` : ""}`);
  process.exit(1);
}
