// The read/write load: autocannon with many connections, each cycling through 8 reads (the workers list and
// workers' files) and 2 registrations (unique data, an Idempotency-Key each): 80 % reads, 20 % writes.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { workerBody } from "./write-driver.js";

interface AutocannonRequest {
  method: "GET" | "POST";
  path?: string;
  setupRequest?: (request: Record<string, unknown>) => Record<string, unknown>;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

export interface LoadOptions {
  baseUrl: string;
  cookie: string;
  workerIds: string[];
  connections: number;
  seconds: number;
  /** Requests per second each connection offers; 0 for as fast as the server answers (closed loop). */
  connectionRate: number;
}

export async function runLoad(options: LoadOptions) {
  let read = 0;
  let written = 0;
  const detail = (): AutocannonRequest => ({
    method: "GET",
    setupRequest: (request) => ({ ...request, path: `/api/workers/${options.workerIds[read++ % options.workerIds.length]}` }),
  });
  const list: AutocannonRequest = { method: "GET", path: "/api/workers?page=1&pageSize=20" };
  const create = (): AutocannonRequest => ({
    method: "POST",
    path: "/api/workers",
    setupRequest: (request) => ({
      ...request,
      headers: { ...(request.headers as object), "content-type": "application/json", "idempotency-key": randomUUID() },
      body: JSON.stringify(workerBody(++written, "+3079")),
    }),
  });
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    ...(options.connectionRate ? { connectionRate: options.connectionRate } : {}),
    headers: { cookie: options.cookie, origin: options.baseUrl },
    requests: [list, detail(), detail(), create(), list, detail(), detail(), list, detail(), create()],
  });
  return {
    connections: options.connections,
    rps: Math.round(result.requests.total / result.duration),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    max_ms: result.latency.max,
    errors: result.errors + result.non2xx,
    non_2xx: result.non2xx,
    socket_errors: result.errors,
    timeouts: result.timeouts,
    requests: result.requests.total,
    writes: written,
    offered_rps: options.connectionRate ? options.connectionRate * options.connections : null,
  };
}
