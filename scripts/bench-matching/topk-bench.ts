// Top-k candidates for an offer three ways: the CandidateIndex (what is measured against the target), a full
// scan with rankCandidates (the reference both others must equal), and the best plain SQL (the baseline).
import type { CandidateIndex } from "../../src/core/matching/index/candidate-index.js";
import { offerMatchContext, rankCandidates, rankOffers } from "../../src/core/matching/rank.js";
import { CONFIG, spread } from "./bench-config.js";
import { measureSqlTopK, type SqlCandidate } from "./sql-topk.js";
import type { SyntheticNetwork } from "./synthetic.js";
import { median, percentile, rounded } from "./timing.js";

export interface TopKReport {
  workers: number;
  offers: number;
  k: number;
  p50_ms: number;
  p99_ms: number;
  searches: number;
  scan_p50_ms: number;
  /** The index's top k (ids and scores) equal the full scan's on every scanned offer. */
  index_same_results: boolean;
  sql_p50_ms: number;
  sql_offers: number;
  sql_load_seconds: number;
  /** SQL's top k equal the full scan's (rankCandidates) on every scanned offer. */
  sql_same_results: boolean;
  /** SQL's top k equal the index's on every offer SQL was timed on. */
  sql_same_as_index: boolean;
  checked_offers: number;
  sql_speedup: number;
  /** The other direction, top k offers for a worker (topOffers, which reads every offer held): its timing. */
  offers_p50_ms: number;
  offers_p99_ms: number;
  offer_searches: number;
  /** topOffers' top k equal rankOffers' over every offer for the checked workers. */
  offers_same_results: boolean;
}

const asPairs = (results: readonly { workerId: string; score: number }[]): SqlCandidate[] =>
  results.map((r) => ({ id: r.workerId, score: r.score }));
const same = (a: readonly SqlCandidate[] | undefined, b: readonly SqlCandidate[] | undefined) => JSON.stringify(a) === JSON.stringify(b);

export async function benchTopK(network: SyntheticNetwork, index: CandidateIndex, log: (line: string) => void): Promise<TopKReport> {
  const { k } = CONFIG;
  const offerIds = network.offers.map(({ offer }) => offer.id);
  const search = (offerId: string) => index.topCandidates(offerId, { k });

  for (let i = 0; i < CONFIG.topkWarmup; i++) search(offerIds[i % offerIds.length] as string);
  const times: number[] = [];
  const searched = spread(offerIds, Math.min(offerIds.length, CONFIG.topkSearches));
  for (let i = 0; i < CONFIG.topkSearches; i++) {
    const offerId = searched[i % searched.length] as string;
    const start = performance.now();
    search(offerId);
    times.push(performance.now() - start);
  }
  log(`top-k: index p50 ${median(times).toFixed(3)} ms, p99 ${percentile(times, 0.99).toFixed(3)} ms over ${times.length} searches`);

  const workers = network.workers.map(({ worker }) => worker);
  const scanned = spread(network.offers, CONFIG.scanOffers);
  const scanTimes: number[] = [];
  const reference = new Map<string, SqlCandidate[]>();
  for (const { offer } of scanned) {
    const start = performance.now();
    const ranked = rankCandidates(offer, workers, offerMatchContext(offer, network.context), { limit: k });
    scanTimes.push(performance.now() - start);
    reference.set(offer.id, asPairs(ranked));
  }
  const indexSame = scanned.every(({ offer }) => same(asPairs(search(offer.id)), reference.get(offer.id)));
  log(`top-k: full scan p50 ${median(scanTimes).toFixed(1)} ms over ${scanned.length} offers; index equals scan: ${indexSame}`);

  // The scanned offers are timed in SQL too, so its results can be checked against the scan.
  const sqlOfferIds = [...new Set([...scanned.map(({ offer }) => offer.id), ...spread(offerIds, CONFIG.sqlOffers)])];
  const sql = await measureSqlTopK(network, sqlOfferIds, k, log);
  const sqlSame = scanned.every(({ offer }) => same(sql.results.get(offer.id), reference.get(offer.id)));
  const sqlSameAsIndex = sqlOfferIds.every((offerId) => same(sql.results.get(offerId), asPairs(search(offerId))));
  log(
    `top-k: SQL p50 ${sql.p50Ms.toFixed(1)} ms over ${sqlOfferIds.length} offers; equals scan: ${sqlSame}, equals index: ${sqlSameAsIndex}`,
  );

  const offersForWorkers = timeOffersForWorkers(network, index);
  log(
    `top-k offers for a worker: p50 ${median(offersForWorkers.times).toFixed(3)} ms, p99 ${percentile(offersForWorkers.times, 0.99).toFixed(3)} ms over ${offersForWorkers.times.length} workers; equals rankOffers: ${offersForWorkers.same}`,
  );

  const p50 = median(times);
  return {
    workers: network.workers.length,
    offers: network.offers.length,
    k,
    p50_ms: rounded(p50),
    p99_ms: rounded(percentile(times, 0.99)),
    searches: times.length,
    scan_p50_ms: rounded(median(scanTimes), 1),
    index_same_results: indexSame,
    sql_p50_ms: rounded(sql.p50Ms, 1),
    sql_offers: sqlOfferIds.length,
    sql_load_seconds: rounded(sql.loadSeconds, 1),
    sql_same_results: sqlSame,
    sql_same_as_index: sqlSameAsIndex,
    checked_offers: scanned.length,
    sql_speedup: rounded(sql.p50Ms / p50, 1),
    offers_p50_ms: rounded(median(offersForWorkers.times)),
    offers_p99_ms: rounded(percentile(offersForWorkers.times, 0.99)),
    offer_searches: offersForWorkers.times.length,
    offers_same_results: offersForWorkers.same,
  };
}

/** topOffers timed for evenly spread workers, and checked against rankOffers over every offer for a few of them. */
function timeOffersForWorkers(network: SyntheticNetwork, index: CandidateIndex) {
  const { k } = CONFIG;
  const offers = network.offers.map(({ offer }) => offer);
  const searched = spread(network.workers, CONFIG.offerSearches);
  const times = searched.map(({ worker }) => {
    const start = performance.now();
    index.topOffers(worker.id, { k });
    return performance.now() - start;
  });
  const same = spread(network.workers, CONFIG.scanOffers).every(({ worker }) => {
    const expected = rankOffers(worker, offers, network.context, { limit: k }).map((r) => ({ id: r.offerId, score: r.score }));
    const found = index.topOffers(worker.id, { k }).map((r) => ({ id: r.offerId, score: r.score }));
    return JSON.stringify(found) === JSON.stringify(expected);
  });
  return { times, same };
}
