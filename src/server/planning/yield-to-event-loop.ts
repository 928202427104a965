import { setImmediate } from "node:timers/promises";

/** Lets waiting requests and timers run before the planner goes on: long work never holds the event loop for long. */
export function yieldToEventLoop(): Promise<void> {
  return setImmediate();
}

/** How long planning work may hold the event loop before it lets requests through. */
const SLICE_MS = 20;

/**
 * A pause for long work to call often (after each offer, say): once a slice of about 20 ms has passed since the last
 * yield, it runs `atYield` (write progress, stop if asked) and yields to the event loop; otherwise it returns at once.
 */
export function slicedPause(atYield: () => Promise<void>): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart <= SLICE_MS) return;
    await atYield();
    await yieldToEventLoop();
    sliceStart = performance.now();
  };
}
