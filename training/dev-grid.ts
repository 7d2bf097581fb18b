/**
 * A grid of development streams for `eval --online` (issue 10's twelfth pass): for each stream, size and seed, runs
 * every named configuration in one process and prints one JSON line per run (the final-30% metric, the adapter's share
 * of the final slice, the band starts (`after N@log e`), and with TRACE=1 each refit's log-loss z and the two log
 * losses, shipped-score-only and adapter). NULL=1 shuffles the outcomes (`dev-streams.ts`). Development streams only (`dev-streams.ts`); never a held-out set.
 *
 *   npx tsx training/dev-grid.ts '<streams: set[:limit],…>' '<seeds: 1-6>' '{"name": {…options}, …}'
 * @module
 */
import { createLearnedClassifier } from "../src/classifier/learned/index.js";
import { simulateDeployment, DEFAULT_ONLINE_OPTIONS, type RefitTrace } from "../src/eval/online-eval.js";
import { buildOnlineReport } from "../src/eval/online-report.js";
import { readDevStream } from "./dev-streams.js";

const [streamsText = "llmrouter-math", seedsText = "1-6", configsText = '{"shipped":{}}'] = process.argv.slice(2);
const [from = 1, to = from] = seedsText.split("-").map(Number);
const configs = JSON.parse(configsText) as Record<string, object>;
const classifier = createLearnedClassifier();
for (const spec of streamsText.split(",")) {
  const [set = "", limitText = "0"] = spec.split(":");
  for (let seed = from; seed <= to; seed++) {
    const stream = readDevStream(set, Number(limitText), seed);
    for (const [name, extra] of Object.entries(configs)) {
      const zs: number[] = [];
      const losses: [number, number][] = [];
      const bandStarts: string[] = [];
      let bandMax = 0;
      let placebo = 0;
      const onProgress = (line: string): void => { if (line.includes("band start")) bandStarts.push(line.replace(/ outcomes: band start \(e-value log /, "@").replace(/\)$/, "")); };
      const options = { ...DEFAULT_ONLINE_OPTIONS, learner: "batch" as const, seed, base: "dev", onRefit: (r: RefitTrace) => { if (!r.routing) { bandMax = Math.max(bandMax, r.band?.logE ?? 0); if (Math.abs(r.band?.placeboZ ?? 0) > Math.abs(placebo)) placebo = r.band?.placeboZ ?? 0; } if (r.validation) { zs.push(r.validation.z); losses.push([r.validation.loss_static, r.validation.loss_adapted]); } }, onProgress, ...extra };
      const steps = simulateDeployment(stream, classifier, options);
      const r = buildOnlineReport(stream, steps, options);
      const metric = (m: Record<string, number | null>): number | null => m.apgr ?? m.cost_share_at_95 ?? null;
      console.log(JSON.stringify({ set: stream.name, seed, config: name, static: metric(r.static), adapted: metric(r.adapted), active: r.adapted.adapter_active, bandStarts, bandMax: Number(bandMax.toFixed(2)), placeboMax: Number(placebo.toFixed(2)), ...(process.env.TRACE === "1" ? { zs, losses } : {}) }));
    }
  }
}
