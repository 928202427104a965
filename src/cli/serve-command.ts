import { fileURLToPath } from "node:url";
import { openDatabase } from "../db/open-database.js";
import { buildApp } from "../server/app.js";
import { configFromEnvironment } from "../server/config.js";
import { seedDemoOnFirstStart } from "./seed-on-first-start.js";

const webRoot = fileURLToPath(new URL("../../dist/web", import.meta.url));

/** Starts the product: database up to date, demo data on an empty embedded database, then the web app and API. */
export async function serveCommand(options: { demo: boolean }) {
  const config = configFromEnvironment();
  const connection = await openDatabase(config.database);
  const seedDemo = options.demo || connection.kind === "pglite";
  if (seedDemo) await seedDemoOnFirstStart(connection.db);
  const app = await buildApp({
    connection,
    publicUrl: config.publicUrl,
    authSecret: config.authSecret,
    demo: config.demo,
    webRoot,
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    overload: config.overload,
  });

  let closing = false;
  /**
   * Graceful: requests in flight finish while new ones get 503 + Retry-After, keep-alive connections are closed, then
   * the database; past the deadline connections are cut and the exit code says so.
   */
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down: finishing requests in flight");
    const clean = await app.drainAndClose({ deadlineMs: config.shutdownDeadlineMs });
    if (!clean) app.log.warn("shutdown deadline passed: requests still in flight were cut off");
    await connection.close();
    process.exit(clean ? 0 : 1);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`\nPrimacenters is running on ${config.publicUrl} (database: ${connection.kind}, data: ${config.dataDir})\n`);
}
