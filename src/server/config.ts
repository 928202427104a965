import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { DatabaseTarget } from "../db/open-database.js";

export interface ServerConfig {
  port: number;
  host: string;
  /** Where people reach the product; sign-in cookies and origins are checked against it. */
  publicUrl: string;
  dataDir: string;
  database: DatabaseTarget;
  /** Demo mode: one-time codes are printed and readable on the outbox page. */
  demo: boolean;
  authSecret: string;
  logLevel: string;
}

/** Reads the configuration from the environment; every setting has a default that works on a laptop. */
export function configFromEnvironment(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  const dataDir = resolve(env.DATA_DIR ?? "data");
  const database: DatabaseTarget = env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL }
    : { kind: "pglite", dataDir: join(dataDir, "pglite") };
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    dataDir,
    database,
    demo: env.DEMO_MODE ? env.DEMO_MODE === "true" : database.kind === "pglite",
    authSecret: env.AUTH_SECRET ?? persistentSecret(dataDir),
    logLevel: env.LOG_LEVEL ?? "info",
  };
}

/** A secret made once per installation and kept in the data folder, so sessions survive restarts. */
function persistentSecret(dataDir: string): string {
  const file = join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
