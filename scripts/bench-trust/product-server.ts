// The product as an operator runs it (`primacenters serve`), in a process of its own that the bench can kill -9.
import { type ChildProcess, spawn } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, waitFor } from "./wait.js";

const bin = fileURLToPath(new URL("../../bin/primacenters.mjs", import.meta.url));

export class ProductServer {
  #process: ChildProcess | null = null;
  port = 0;
  /** Exits the bench did not cause (a crash of the product itself); a supervisor would restart it, so does the bench. */
  unplannedExits = 0;

  constructor(
    private readonly folder: string,
    private readonly databaseUrl: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (!this.port) this.port = await freePort();
    const log = openSync(join(this.folder, "server.log"), "a");
    this.#process = spawn(process.execPath, [bin, "serve"], {
      env: {
        ...process.env,
        DATABASE_URL: this.databaseUrl,
        PORT: String(this.port),
        HOST: "127.0.0.1",
        PUBLIC_URL: this.url,
        DATA_DIR: join(this.folder, "product-data"),
        AUTH_SECRET: "bench-trust-secret-bench-trust-secret-0000",
        DEMO_MODE: "false",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", log, log],
    });
    const child = this.#process;
    child.on("exit", () => {
      if (this.#process !== child) return;
      this.unplannedExits++;
      this.#process = null;
      this.start().catch(() => {
        // Still down: the writes keep retrying and the bench reports what happened.
      });
    });
    await waitFor("the server", async () => {
      const response = await fetch(`${this.url}/api/health`);
      if (!response.ok) throw new Error(`health ${response.status}`);
    });
  }

  /** `kill -9`: requests in flight get no answer. */
  crash(): void {
    const child = this.#process;
    this.#process = null;
    child?.kill("SIGKILL");
  }

  /** The end of the server's log, to explain a failed bench. */
  logTail(): string {
    try {
      return readFileSync(join(this.folder, "server.log"), "utf8").split("\n").slice(-30).join("\n");
    } catch {
      return "";
    }
  }

  stop(): void {
    this.crash();
  }
}

/** Signs in once; the session cookie is reused by every connection (the sign-in rate limits never come into play). */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}
