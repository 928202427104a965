// Runs a property over generated requests with a fixed, printed seed, and reports a failure readably.
import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import type { FuzzRole, FuzzWorld } from "./fuzz-world.js";
import type { SentRequest } from "./response-checks.js";

/** The seed of every property: fixed so a run can be replayed, changed with FUZZ_SEED to explore further. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_260_404);
/** Generated requests per route, for centre A's roles (admin gets a quarter as many); FUZZ_RUNS raises it. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 30);

export function send(world: FuzzWorld, sent: SentRequest): Promise<LightMyRequestResponse> {
  return world.requesters[sent.role as FuzzRole]({
    method: sent.method as "GET",
    url: sent.url,
    headers: sent.headers,
    ...(sent.payload === undefined ? {} : { payload: sent.payload }),
  });
}

const shortened = (text: string, length = 600) => (text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text);

export function describeExchange(sent: SentRequest, response: LightMyRequestResponse): string {
  return [
    `as ${sent.role}: ${sent.method} ${shortened(sent.url, 300)}`,
    `headers ${JSON.stringify(sent.headers)}`,
    sent.payload === undefined ? "no body" : `body ${shortened(sent.payload)}`,
    `→ ${response.statusCode} ${shortened(response.body)}`,
  ].join("\n");
}

/**
 * Checks `check` against `numRuns` generated requests; on failure throws with the problem, the request (long texts
 * cut short) and the command that replays the run.
 */
export async function fuzz(
  name: string,
  requests: fc.Arbitrary<SentRequest>,
  numRuns: number,
  check: (sent: SentRequest) => Promise<void>,
): Promise<void> {
  const details = await fc.check(fc.asyncProperty(requests, check), { seed: FUZZ_SEED, numRuns, endOnFailure: true });
  if (!details.failed) return;
  const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `${name}: property failed after ${details.numRuns} requests (seed ${details.seed}, path ${details.counterexamplePath})\n${reason}\n` +
      `Replay: FUZZ_SEED=${details.seed} npx vitest run test/fuzz`,
  );
}
