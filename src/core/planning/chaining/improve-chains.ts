// biome-ignore-all lint/style/noNonNullAssertion: typed arrays indexed inside their bounds in hot loops; a default would hide a bug as a zero
import { bestChain, type ChainChoice } from "./best-chain.js";
import type { ChainHoldings } from "./chain-holdings.js";

/** Holders of a full offer tried in one pass; the next pass starts where this one stopped, so all get their turn. */
const HOLDERS_PER_TRY = 3;

/**
 * Local search on a network plan: moves kept only when they strictly improve it (more days employed, then less
 * travel, then a higher score), so it ends, and never makes a plan worse. A worker below their own best (the chain
 * they would have if every offer had room) first retries on the positions free now; then, for each full offer on
 * that best chain that would give the worker more days if it had one more position, a few of its holders in turn
 * give up their chains with the worker, the worker chooses first, the holder next, and the swap stays if the two
 * together are better off. A worker is looked at again only when a position on one of their offers changed hands
 * since their last look.
 */
export class ChainImprover {
  private moves = 1;
  /** The move after which each offer's positions last changed hands. */
  private readonly changedAt: Int32Array;
  /** The move at which each worker was last looked at. */
  private readonly lookedAt: Int32Array;
  private rotation = 0;

  constructor(
    private readonly holdings: ChainHoldings,
    /** Each worker's best chain if every offer had room. */
    private readonly unbounded: readonly ChainChoice[],
  ) {
    this.changedAt = new Int32Array(holdings.free.length).fill(1);
    this.lookedAt = new Int32Array(holdings.chains.length);
  }

  /**
   * One pass over the workers, stopping early at `deadline` (a performance.now() time); whether anything improved.
   * `onProgress` hears the share of the pass done.
   */
  pass(deadline: number, onProgress: (fraction: number) => void): boolean {
    const before = this.moves;
    const workers = this.holdings.chains.length;
    for (let worker = 0; worker < workers; worker++) {
      if (worker % 256 === 0) {
        if (performance.now() >= deadline) break;
        onProgress(worker / workers);
      }
      if (this.holdings.chains[worker]!.days >= this.unbounded[worker]!.days || !this.changedSinceLook(worker)) continue;
      this.lookedAt[worker] = this.moves;
      this.improveWorker(worker);
    }
    this.rotation += HOLDERS_PER_TRY;
    return this.moves > before;
  }

  private improveWorker(worker: number): void {
    const { holdings } = this;
    const retry = [holdings.release(worker)];
    holdings.take(worker, bestChain(holdings.index, worker, holdings.free));
    if (holdings.beats([worker], retry)) this.committed([worker], retry);
    const best = this.unbounded[worker]!;
    for (const offer of best.offers) {
      if (holdings.chains[worker]!.days >= best.days) return;
      if (holdings.free[offer]! > 0 || holdings.holds(worker, offer) || !this.wouldGain(worker, offer)) continue;
      const holders = holdings.holders[offer]!;
      const tries = Math.min(HOLDERS_PER_TRY, holders.length);
      for (let k = 0; k < tries; k++) {
        if (this.trySwap(worker, holders[(this.rotation + k) % holders.length]!)) break;
      }
    }
  }

  /** Whether one more position on `offer` would give `worker` more days: if not, no holder need be asked. */
  private wouldGain(worker: number, offer: number): boolean {
    const { holdings } = this;
    const current = holdings.release(worker);
    holdings.free[offer]!++;
    const gain = bestChain(holdings.index, worker, holdings.free).days > current.days;
    holdings.free[offer]!--;
    holdings.take(worker, current);
    return gain;
  }

  /** Both give up their chains, `worker` chooses first, `holder` next; kept only if the two are better off. */
  private trySwap(worker: number, holder: number): boolean {
    const { holdings } = this;
    const before = [holdings.release(worker), holdings.release(holder)];
    holdings.take(worker, bestChain(holdings.index, worker, holdings.free));
    holdings.take(holder, bestChain(holdings.index, holder, holdings.free));
    if (holdings.beats([worker, holder], before)) {
      this.committed([worker, holder], before);
      return true;
    }
    holdings.release(worker);
    holdings.release(holder);
    holdings.take(worker, before[0]!);
    holdings.take(holder, before[1]!);
    return false;
  }

  private committed(workers: readonly number[], before: readonly ChainChoice[]): void {
    this.moves++;
    for (const chain of [...before, ...workers.map((worker) => this.holdings.chains[worker]!)]) {
      for (const offer of chain.offers) this.changedAt[offer] = this.moves;
    }
  }

  private changedSinceLook(worker: number): boolean {
    const { firstArc, arcOffer } = this.holdings.index;
    const since = this.lookedAt[worker]!;
    for (let arc = firstArc[worker]!; arc < firstArc[worker + 1]!; arc++) {
      if (this.changedAt[arcOffer[arc]!]! > since) return true;
    }
    return false;
  }
}
