import { setImmediate } from "node:timers/promises";

/** Lets waiting requests and timers run before the planner goes on: long work never holds the event loop for long. */
export function yieldToEventLoop(): Promise<void> {
  return setImmediate();
}
