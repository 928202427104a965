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
  /**
   * Which reverse proxies may say who the client is (X-Forwarded-For), from TRUST_PROXY: addresses or CIDR ranges
   * separated by commas ("127.0.0.1,10.0.0.0/8"). Unset: none; the client is the socket's address and a forwarded
   * header is ignored.
   */
  trustProxy: string[] | false;
  /** 503 above this mean event-loop delay (MAX_EVENT_LOOP_DELAY_MS, default 1000) or requests in flight (MAX_IN_FLIGHT, 500). */
  overload: { maxEventLoopDelayMs: number; maxInFlight: number };
  /** On SIGTERM/SIGINT, how long requests in flight may take to finish (SHUTDOWN_DEADLINE_MS, default 25000). */
  shutdownDeadlineMs: number;
}

/** Reads the configuration from the environment; every setting has a default that works on a laptop. */
export function configFromEnvironment(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  const dataDir = resolve(env.DATA_DIR ?? "data");
  const database: DatabaseTarget = env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL, appUrl: env.APP_DATABASE_URL || undefined }
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
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    overload: {
      maxEventLoopDelayMs: wholeNumber(env.MAX_EVENT_LOOP_DELAY_MS, 1_000),
      maxInFlight: wholeNumber(env.MAX_IN_FLIGHT, 500),
    },
    shutdownDeadlineMs: wholeNumber(env.SHUTDOWN_DEADLINE_MS, 25_000),
  };
}

/** A setting that is a whole number ≥ 0; anything else falls back to the default. */
function wholeNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

function trustProxyFrom(value: string | undefined): ServerConfig["trustProxy"] {
  const text = value?.trim() ?? "";
  if (text === "" || text === "false") return false;
  return text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
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
