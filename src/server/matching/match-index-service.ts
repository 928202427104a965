import type { FastifyInstance } from "fastify";
import { CandidateIndex } from "../../core/matching/index/candidate-index.js";
import type { Database } from "../../db/database.js";
import { SYSTEM_SCOPE, withDatabaseScope } from "../../db/database-scope.js";
import {
  deleteMatchingChangesBefore,
  lastMatchingChange,
  type MatchingChange,
  matchingChangesAfter,
} from "../../db/repositories/matching-change-repository.js";
import { loadWorkersForMatching } from "../../db/repositories/matching-repository.js";
import { listPublishedOffersForMatching } from "../../db/repositories/offer-repository.js";
import { registerBackgroundSweep } from "../plugins/background-sweep.js";
import type { ReferenceKnowledge } from "./reference-knowledge.js";
import { toMatchOffer, toMatchWorker } from "./to-match-inputs.js";

/**
 * A change number skipped in the feed belongs to a transaction that had not committed when the feed was read (or
 * rolled back): it is asked for again until it appears or this long has passed.
 */
const PENDING_CHANGE_WAIT_MS = 30_000;

/** How long the feed keeps a change. */
const CHANGES_KEPT_MS = 60 * 60 * 1000;

/**
 * The in-memory matching index of this server process, kept in step with the database through the change feed that
 * triggers fill (src/db/schema/matching-changes.ts): before each search the changes since the last one are read
 * (one query; none when nothing changed) and only the workers and offers they name are reloaded. It holds every
 * centre's matchable workers and published offers; searches filter by centre, and the routes authorise first.
 */
export class MatchIndexService {
  #index: CandidateIndex | null = null;
  #lastSeq = 0;
  /** Skipped change numbers, with when they were first missed. */
  readonly #pending = new Map<number, number>();
  #running: Promise<CandidateIndex> | null = null;
  #queued: Promise<CandidateIndex> | null = null;
  /** When the feed was last read (by `now`). */
  #readAt = 0;

  constructor(
    private readonly db: Database,
    private readonly knowledge: ReferenceKnowledge,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The index with every change committed before this call applied. A search that arrives while a catch-up runs
   * waits for the next one (which sees what committed meanwhile); all that arrive meanwhile share that next one.
   */
  current(): Promise<CandidateIndex> {
    if (this.#queued) return this.#queued;
    const queued = (this.#running ?? Promise.resolve(null))
      .catch(() => null)
      .then(() => {
        this.#queued = null;
        this.#running = this.#catchUp();
        return this.#running;
      });
    this.#queued = queued;
    return queued;
  }

  // System work: the index spans every centre, whatever the scope of the request that asked.
  #catchUp(): Promise<CandidateIndex> {
    return withDatabaseScope(SYSTEM_SCOPE, async () => {
      // Changes are deleted after CHANGES_KEPT_MS: an index idle for half that long may have missed some.
      const readAt = this.now();
      const stale = readAt - this.#readAt > CHANGES_KEPT_MS / 2;
      this.#readAt = readAt;
      if (!this.#index || stale) return this.#rebuild();
      const changes = await matchingChangesAfter(this.db, this.#lastSeq, [...this.#pending.keys()]);
      await this.#apply(this.#index, changes);
      return this.#index;
    });
  }

  async #rebuild(): Promise<CandidateIndex> {
    // The position is read first: a change committed while loading is read again and applied twice, which is harmless.
    const seq = await lastMatchingChange(this.db);
    const index = new CandidateIndex({ occupationSkillsOf: this.knowledge.occupationSkillsOf, iscoOf: this.knowledge.iscoOf });
    for (const row of await loadWorkersForMatching(this.db, {})) {
      index.upsertWorker(toMatchWorker(row, this.knowledge), { centreId: row.centreId });
    }
    for (const offer of await listPublishedOffersForMatching(this.db, {})) {
      index.upsertOffer(toMatchOffer(offer, this.knowledge), { centreId: offer.centreId });
    }
    this.#index = index;
    this.#lastSeq = seq;
    this.#pending.clear();
    return index;
  }

  async #apply(index: CandidateIndex, changes: readonly MatchingChange[]): Promise<void> {
    this.#notePending(changes);
    const workerIds = distinctIds(changes, "worker");
    const offerIds = distinctIds(changes, "offer");
    if (workerIds.length > 0) {
      const rows = new Map((await loadWorkersForMatching(this.db, { workerIds })).map((row) => [row.id, row]));
      for (const id of workerIds) {
        const row = rows.get(id);
        // Gone, erased or no longer consenting: out of the index.
        if (row) index.upsertWorker(toMatchWorker(row, this.knowledge), { centreId: row.centreId });
        else index.removeWorker(id);
      }
    }
    if (offerIds.length > 0) {
      const offers = new Map((await listPublishedOffersForMatching(this.db, { ids: offerIds })).map((offer) => [offer.id, offer]));
      for (const id of offerIds) {
        const offer = offers.get(id);
        if (offer) index.upsertOffer(toMatchOffer(offer, this.knowledge), { centreId: offer.centreId });
        else index.removeOffer(id);
      }
    }
  }

  /** Moves the position past the changes read, remembering numbers skipped on the way. */
  #notePending(changes: readonly MatchingChange[]): void {
    const now = Date.now();
    for (const { seq } of changes) {
      this.#pending.delete(seq);
      for (let skipped = this.#lastSeq + 1; skipped < seq; skipped += 1) this.#pending.set(skipped, now);
      this.#lastSeq = Math.max(this.#lastSeq, seq);
    }
    for (const [seq, since] of this.#pending) if (now - since > PENDING_CHANGE_WAIT_MS) this.#pending.delete(seq);
  }
}

function distinctIds(changes: readonly MatchingChange[], entity: MatchingChange["entity"]): string[] {
  return [...new Set(changes.filter((change) => change.entity === entity).map((change) => change.entityId))];
}

/** Deletes the change feed's old rows once an hour. */
export function registerMatchingChangeExpiry(app: FastifyInstance, db: Database) {
  registerBackgroundSweep(app, "expiring matching changes", CHANGES_KEPT_MS, () =>
    deleteMatchingChangesBefore(db, new Date(Date.now() - CHANGES_KEPT_MS)),
  );
}
