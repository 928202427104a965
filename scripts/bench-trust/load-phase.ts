// The read/write load: many keep-alive connections, each a person cycling through 8 reads (the workers list and
// workers' files) and 2 registrations (unique data, an Idempotency-Key each): 80 % reads, 20 % writes.
//
// Open loop with random (Poisson) arrivals: each connection sends its next request after an exponentially
// distributed pause, whatever the server does, and each latency counts from when the request was due, so a slow
// server is not let off by sending less (no coordinated omission). autocannon's rate limit was not used: it sends
// every connection's requests for the second at the same instant, which measures 200 simultaneous bursts a second
// rather than 200 people. The first seconds open the connections (to the server, and the server's to PostgreSQL)
// and warm the code up: they are run but not measured.
import { randomUUID } from "node:crypto";
import { Agent, request } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { workerBody } from "./write-driver.js";

export interface LoadOptions {
  baseUrl: string;
  cookie: string;
  workerIds: string[];
  connections: number;
  seconds: number;
  /** Run before the measured seconds, not measured. */
  warmupSeconds: number;
  /** Requests per second each connection offers on average. */
  connectionRate: number;
}

type Step = "list" | "detail" | "create";
const CYCLE: readonly Step[] = ["list", "detail", "detail", "create", "list", "detail", "detail", "list", "detail", "create"];
const TIMEOUT_MS = 10_000;

interface Answer {
  status: number | "socket_error" | "timeout";
}

function send(agent: Agent, base: URL, cookie: string, method: "GET" | "POST", path: string, body?: string): Promise<Answer> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { cookie, origin: base.origin };
    if (body !== undefined) Object.assign(headers, { "content-type": "application/json", "idempotency-key": randomUUID() });
    const outgoing = request({ agent, host: base.hostname, port: base.port, method, path, headers, timeout: TIMEOUT_MS }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0 }));
      response.on("error", () => resolve({ status: "socket_error" }));
    });
    outgoing.on("timeout", () => {
      outgoing.destroy();
      resolve({ status: "timeout" });
    });
    outgoing.on("error", () => resolve({ status: "socket_error" }));
    outgoing.end(body);
  });
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

export async function runLoad(options: LoadOptions) {
  const base = new URL(options.baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const meanPauseMs = 1000 / options.connectionRate;
  const latencies: number[] = [];
  const counts = { non2xx: 0, socketErrors: 0, timeouts: 0, lists: 0, read: 0, written: 0 };
  const started = performance.now();
  const measuredFrom = started + options.warmupSeconds * 1000;
  const end = measuredFrom + options.seconds * 1000;

  const stepRequest = (step: Step): Promise<Answer> => {
    if (step === "list") {
      counts.lists++;
      return send(agent, base, options.cookie, "GET", "/api/workers?page=1&pageSize=20");
    }
    if (step === "detail") {
      const id = options.workerIds[counts.read++ % options.workerIds.length];
      return send(agent, base, options.cookie, "GET", `/api/workers/${id}`);
    }
    return send(agent, base, options.cookie, "POST", "/api/workers", JSON.stringify(workerBody(++counts.written, "+3079")));
  };

  async function person(index: number) {
    let due = started + Math.random() * meanPauseMs;
    for (let turn = index; due < end; turn++) {
      await sleep(Math.max(0, due - performance.now()));
      const answer = await stepRequest(CYCLE[turn % CYCLE.length] as Step);
      // Latencies from the measured seconds only; errors from the whole run.
      if (due >= measuredFrom) latencies.push(performance.now() - due);
      if (answer.status === "timeout") counts.timeouts++;
      else if (answer.status === "socket_error") counts.socketErrors++;
      else if (answer.status < 200 || answer.status >= 300) counts.non2xx++;
      due += -Math.log(1 - Math.random()) * meanPauseMs;
    }
  }

  await Promise.all(Array.from({ length: options.connections }, (_, index) => person(index)));
  const seconds = (performance.now() - measuredFrom) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    connections: options.connections,
    warmup_s: options.warmupSeconds,
    rps: Math.round(sorted.length / seconds),
    p50_ms: Math.round(percentile(sorted, 50)),
    p99_ms: Math.round(percentile(sorted, 99)),
    max_ms: Math.round(sorted.at(-1) ?? 0),
    errors: counts.non2xx + counts.socketErrors + counts.timeouts,
    non_2xx: counts.non2xx,
    socket_errors: counts.socketErrors,
    timeouts: counts.timeouts,
    requests: sorted.length,
    requests_with_warmup: counts.read + counts.written + counts.lists,
    writes: counts.written,
    offered_rps: options.connectionRate * options.connections,
  };
}
