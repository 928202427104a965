// Registers workers as a caseworker's screen would, with a ledger of what the server acknowledged. A request that
// gets no answer, a 5xx, a 503 or a 429 is retried with the SAME Idempotency-Key and body until it is answered:
// exactly once in the database is the server's promise. Each write carries a unique marker in the family name.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";

export const MARKER_PREFIX = "Trust bt-";

/** A valid registration whose phone (unique in the database) and family name carry the sequence number. */
export function workerBody(sequence: number, phonePrefix = "+3069") {
  return {
    givenName: "Bench",
    familyName: `${MARKER_PREFIX}${sequence}`,
    phone: `${phonePrefix}${String(sequence).padStart(8, "0")}`,
    gender: "woman",
    birthYear: 1990,
    nationality: "RO",
    preferredLanguage: "ro",
    regionCode: "EL633",
  };
}

export interface WriteLedger {
  /** marker → id of the worker the server acknowledged (2xx). */
  acknowledged: Map<string, string>;
  /** Requests sent again with the same key after no answer or a retryable status. */
  retries: number;
  /** Final answers that were neither 2xx nor retryable, by status (none expected). */
  refused: Record<string, number>;
  /** Writes still unanswered when the bench stopped waiting. */
  unanswered: number;
}

const retryable = (status: number) => status >= 500 || status === 429 || status === 408;

export interface DriveOptions {
  baseUrl: () => string;
  cookie: string;
  clients: number;
  /** New writes are started while this is true; started ones are retried until `giveUpAt`. */
  keepIssuing: () => boolean;
  giveUpAt: () => number;
}

export async function driveWrites(options: DriveOptions): Promise<WriteLedger> {
  const ledger: WriteLedger = { acknowledged: new Map(), retries: 0, refused: {}, unanswered: 0 };
  let sequence = 0;

  const writeOnce = async (number: number) => {
    const body = JSON.stringify(workerBody(number));
    const key = randomUUID();
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) {
        ledger.retries++;
        await sleep(Math.min(100 * attempt, 1000));
      }
      if (Date.now() > options.giveUpAt()) {
        ledger.unanswered++;
        return;
      }
      try {
        const base = options.baseUrl();
        const response = await fetch(`${base}/api/workers`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: options.cookie, origin: base, "idempotency-key": key },
          body,
          signal: AbortSignal.timeout(5000),
        });
        const text = await response.text();
        if (response.ok) {
          ledger.acknowledged.set(`${MARKER_PREFIX}${number}`, (JSON.parse(text) as { id: string }).id);
          return;
        }
        if (!retryable(response.status)) {
          ledger.refused[response.status] = (ledger.refused[response.status] ?? 0) + 1;
          return;
        }
      } catch {
        // No answer (connection refused or reset, time-out): the write may or may not have happened; retry.
      }
    }
  };

  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (options.keepIssuing()) await writeOnce(++sequence);
    }),
  );
  return ledger;
}
