import { afterEach, describe, expect, it } from "vitest";
import { createTestWorld, type TestWorld } from "../support/test-app.js";

let world: TestWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** A listening server with a route that answers only when the test lets it. */
async function listeningWorld() {
  const opened = await createTestWorld();
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
  const inFlight = async (count: number) => {
    while (opened.app.loadReport().inFlight < count) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { app: opened.app, base, release, inFlight };
}

describe("graceful shutdown", () => {
  it("lets the request in flight finish while a new one gets 503 with Retry-After in the API's error shape", async () => {
    const { app, base, release, inFlight } = await listeningWorld();
    const slow = fetch(`${base}/api/test/slow`);
    await inFlight(1);
    const closing = app.drainAndClose({ deadlineMs: 5_000, retryAfterSeconds: 7 });

    const refused = await fetch(`${base}/api/health`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("7");
    expect(refused.headers.get("connection")).toBe("close");
    expect((await refused.json()).error).toMatchObject({ code: "unavailable", details: [] });

    release();
    const finished = await slow;
    expect(finished.status).toBe(200);
    expect(await finished.json()).toEqual({ done: true });
    expect(await closing).toBe(true);
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
  });

  it("past the deadline, the connections still open are cut and the shutdown says it was not clean", async () => {
    const { app, base, inFlight } = await listeningWorld();
    const stuck = fetch(`${base}/api/test/slow`);
    await inFlight(1);
    expect(await app.drainAndClose({ deadlineMs: 200 })).toBe(false);
    await expect(stuck).rejects.toThrow();
  });
});
