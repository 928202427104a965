// `npm run bench:matching`: candidate search, season allocation (alone and against HiGHS) and season chaining on
// seeded synthetic networks. Progress lines go to stderr; the last line of stdout is one JSON object with the
// results (see docs/performance.md for what each number means). Sizes and sections: bench-config.ts and BENCH_*
// variables.
import { cpus } from "node:os";
import { benchAllocation } from "./allocation-bench.js";
import { CONFIG } from "./bench-config.js";
import { benchChaining } from "./chaining-bench.js";
import { indexNetwork } from "./network-index.js";
import { benchPlanArcs } from "./plan-arcs-bench.js";
import { generateNetwork } from "./synthetic.js";
import { rounded, timed } from "./timing.js";
import { benchTopK } from "./topk-bench.js";
import { benchVsHighs } from "./vs-highs-bench.js";

const started = performance.now();
const log = (line: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}\n`);

/** The network of the top-k and allocation sections, and its index. */
async function indexedNetwork() {
  const generated = await timed(() => generateNetwork({ workers: CONFIG.workers, offers: CONFIG.offers, seed: CONFIG.seed }));
  const network = generated.value;
  log(
    `network: ${network.workers.length} workers, ${network.offers.length} offers, ${network.centres.length} centres (seed ${CONFIG.seed}) in ${generated.seconds.toFixed(1)} s`,
  );
  const indexed = await timed(() => indexNetwork(network));
  log(`index: built in ${indexed.seconds.toFixed(1)} s`);
  return { network, index: indexed.value, generateSeconds: rounded(generated.seconds, 1), indexSeconds: rounded(indexed.seconds, 1) };
}

const { sections } = CONFIG;
const indexed = sections.has("topk") || sections.has("allocation") ? await indexedNetwork() : null;
const topk =
  indexed && sections.has("topk")
    ? { ...(await benchTopK(indexed.network, indexed.index, log)), index_seconds: indexed.indexSeconds }
    : undefined;
const allocation = indexed && sections.has("allocation") ? await benchAllocation(indexed.network, indexed.index, log) : undefined;
const vsHighs = sections.has("vs_highs") ? await benchVsHighs(log) : undefined;
const chaining = sections.has("chaining") ? await benchChaining(log) : undefined;
const planArcs = sections.has("plan_arcs") ? await benchPlanArcs(log) : undefined;

const result = {
  topk,
  allocation,
  vs_highs: vsHighs,
  chaining,
  plan_arcs: planArcs,
  run: {
    date: new Date().toISOString(),
    seed: CONFIG.seed,
    node: process.version,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    sections: [...sections],
    generate_seconds: indexed?.generateSeconds ?? null,
    total_seconds: rounded((performance.now() - started) / 1000, 1),
  },
};
process.stdout.write(`${JSON.stringify(result)}\n`);
