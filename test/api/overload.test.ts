import { afterEach, describe, expect, it } from "vitest";
import type { OverloadOptions } from "../../src/server/plugins/overload.js";
import { createTestWorld, type TestWorld } from "../support/test-app.js";

let world: TestWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function listeningWorld(overload: Partial<OverloadOptions>) {
  const opened = await createTestWorld({ overload });
  world = opened;
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  opened.app.get("/api/test/slow", { config: { action: "public" } }, async () => {
    await gate;
    return { done: true };
  });
  const base = await opened.app.listen({ port: 0, host: "127.0.0.1" });
  return { app: opened.app, base, release };
}

async function expectUnavailable(response: Response, retryAfter: string) {
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe(retryAfter);
  expect((await response.json()).error).toMatchObject({ code: "unavailable", details: [] });
}

describe("overload", () => {
  it("health reports the load while the server copes", async () => {
    const { base } = await listeningWorld({});
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect((await health.json()).load).toEqual({ underPressure: false, eventLoopDelayMs: expect.any(Number), inFlight: 1 });
  });

  it("answers 503 with Retry-After once too many requests are in flight, and serves again when they finish", async () => {
    const { app, base, release } = await listeningWorld({ maxInFlight: 1, retryAfterSeconds: 3 });
    const slow = fetch(`${base}/api/test/slow`);
    while (app.loadReport().inFlight < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await expectUnavailable(await fetch(`${base}/api/health`), "3");
    release();
    expect((await slow).status).toBe(200);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it("answers 503 with Retry-After while the event loop lags", async () => {
    const { base } = await listeningWorld({ maxEventLoopDelayMs: 1, sampleIntervalMs: 10, retryAfterSeconds: 2 });
    let response = await fetch(`${base}/api/health`);
    for (let attempt = 0; attempt < 20 && response.status !== 503; attempt++) {
      const until = Date.now() + 100;
      while (Date.now() < until) {
        // Hold the event loop, as a burst of CPU-bound work would.
      }
      await new Promise((resolve) => setTimeout(resolve, 15));
      response = await fetch(`${base}/api/health`);
    }
    await expectUnavailable(response, "2");
  });
});
