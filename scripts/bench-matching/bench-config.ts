// The bench's sizes and settings: the sizes by default, smaller through environment variables for a
// quick run (BENCH_WORKERS=20000 BENCH_OFFERS=2000 npm run bench:matching).

function fromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name} must be a non-negative number, got ${value}`);
  return parsed;
}

const SECTIONS = ["topk", "allocation", "vs_highs", "chaining", "plan_arcs"] as const;
export type Section = (typeof SECTIONS)[number];

/** BENCH_SECTIONS=topk,chaining runs those sections only (every one by default). */
function sectionsFromEnv(): ReadonlySet<Section> {
  const value = process.env.BENCH_SECTIONS;
  if (value === undefined || value === "") return new Set(SECTIONS);
  const names = value.split(",").map((name) => name.trim());
  const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_SECTIONS: unknown ${unknown.join(", ")}; choose among ${SECTIONS.join(", ")}`);
  return new Set(names as Section[]);
}

export const CONFIG = {
  sections: sectionsFromEnv(),
  seed: fromEnv("BENCH_SEED", 2027),
  /** Top-k and allocation: 100,000 workers and 10,000 offers. */
  workers: fromEnv("BENCH_WORKERS", 100_000),
  offers: fromEnv("BENCH_OFFERS", 10_000),
  k: fromEnv("BENCH_K", 20),
  /** Index searches timed (cycling through the offers), after as many warm-up searches as BENCH_TOPK_WARMUP. */
  topkSearches: fromEnv("BENCH_TOPK_SEARCHES", 1000),
  topkWarmup: fromEnv("BENCH_TOPK_WARMUP", 200),
  /** Workers whose top k offers are timed (topOffers). */
  offerSearches: fromEnv("BENCH_OFFER_SEARCHES", 200),
  /** Offers ranked by a full scan (rankCandidates over every worker): the reference the index and SQL must equal; as many workers are checked the same way for topOffers (rankOffers over every offer). */
  scanOffers: fromEnv("BENCH_SCAN_OFFERS", 3),
  /** Offers the SQL query is timed on. */
  sqlOffers: fromEnv("BENCH_SQL_OFFERS", 20),
  /** Pairs scoring below this are no arcs of the allocation and chaining problems (the plan's minScore). */
  minScore: fromEnv("BENCH_MIN_SCORE", 80),
  /** 1: the allocation section also builds every arc and solves them all, to compare objectives (slow at full size). */
  allocationFull: fromEnv("BENCH_ALLOCATION_FULL", 0) === 1,
  /** Chaining: 10,000 workers, and offers in the same proportion as the top-k network unless set. */
  chainWorkers: fromEnv("BENCH_CHAIN_WORKERS", 10_000),
  chainOffers: fromEnv("BENCH_CHAIN_OFFERS", 1_000),
  /** The planner's arcs, read from the index and by scoring every pair: a region's plan. */
  planWorkers: fromEnv("BENCH_PLAN_WORKERS", 5_000),
  planOffers: fromEnv("BENCH_PLAN_OFFERS", 500),
};

/** Evenly spread picks from a list: the offers a section samples, the same ones on every run. */
export function spread<T>(items: readonly T[], count: number): T[] {
  const n = Math.min(items.length, Math.max(0, Math.floor(count)));
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)] as T);
}
