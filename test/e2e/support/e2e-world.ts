import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { type Browser, chromium, type Page } from "playwright-core";
import { type SeededAccounts, seedDemoData } from "../../../src/cli/demo/seed-demo-data.js";
import type { DatabaseConnection } from "../../../src/db/database.js";
import { buildApp } from "../../../src/server/app.js";
import { openTestDatabase } from "../../support/test-database.js";

/** A centre's desk computer, and the cheap phone a worker signs in on. */
export const DESK = { width: 1280, height: 900 } as const;
export const PHONE = { width: 360, height: 740 } as const;

const webRoot = fileURLToPath(new URL("../../../dist/web", import.meta.url));

export interface E2eWorld {
  baseUrl: string;
  accounts: SeededAccounts;
  browser: Browser;
  app: FastifyInstance;
  connection: DatabaseConnection;
  /** A fresh browser context (its own cookies and storage) in the given interface language; a desk screen unless told. */
  newPage(locale?: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** The product as a user meets it: demo data, the built web app and the API on a port of its own, and Chromium. */
export async function startE2eWorld(): Promise<E2eWorld> {
  const connection = await openTestDatabase();
  const accounts = await seedDemoData(connection.db, { log: () => {} });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = await buildApp({
    connection,
    publicUrl: baseUrl,
    authSecret: "e2e-secret-e2e-secret-e2e-secret-0000",
    demo: true,
    webRoot,
    logLevel: "warn",
    rateLimit: false,
    // PGlite runs queries on the event loop: a busy test machine must not be mistaken for an overloaded server.
    overload: { maxEventLoopDelayMs: 0 },
  });
  await app.listen({ port, host: "127.0.0.1" });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    baseUrl,
    accounts,
    browser,
    app,
    connection,
    newPage: async (locale = "en", viewport = DESK) => {
      const context = await browser.newContext({ baseURL: baseUrl, locale, viewport });
      return context.newPage();
    },
    close: async () => {
      await browser.close();
      await app.close();
      await connection.close();
    },
  };
}
