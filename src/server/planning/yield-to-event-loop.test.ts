import { setImmediate } from "node:timers";
import { describe, expect, it } from "vitest";
import { slicedPause } from "./yield-to-event-loop.js";

function busyFor(milliseconds: number): void {
  const until = performance.now() + milliseconds;
  while (performance.now() < until) {
    // holding the event loop, as a long solve does
  }
}

describe("slicedPause", () => {
  it("returns at once within a slice, and once a slice of about 20 ms is over, runs its step and lets waiting callbacks run", async () => {
    const steps: string[] = [];
    const pause = slicedPause(async () => {
      steps.push("step");
    });
    let waitingRan = false;
    setImmediate(() => {
      waitingRan = true;
    });
    await pause();
    expect(steps).toEqual([]);
    expect(waitingRan).toBe(false);
    busyFor(25);
    await pause();
    expect(steps).toEqual(["step"]);
    expect(waitingRan).toBe(true);
    // A new slice starts after the yield.
    await pause();
    expect(steps).toEqual(["step"]);
  });

  it("stops the work when its step throws (a server stopping)", async () => {
    const pause = slicedPause(async () => {
      throw new Error("stopping");
    });
    busyFor(25);
    await expect(pause()).rejects.toThrow("stopping");
  });
});
