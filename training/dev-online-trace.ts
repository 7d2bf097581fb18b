/**
 * Diagnostic for the online gate on a development stream (two-model streams only): runs the simulated deployment
 * as `dev-online.ts` does and, every `EVERY` outcomes (default 500), re-computes the gate's ranking check with its
 * terms split by how each validated outcome was logged — while the adapter routed or while static did, explored
 * or not — to see whether an adapter's own routing makes its later checks harder ("self-reinforcement"), and how
 * much of the check's variance the explored outcomes carry. Prints one line per traced refit on stdout.
 *
 *   [LIMIT=N] [EVERY=500] npx tsx training/dev-online-trace.ts <set> <seed> ['{json options}']
 * @module
 */
import { createLearnedClassifier } from "../src/classifier/learned/index.js";
import { fitModels } from "../src/learning/adapter-validation.js";
import { DEFAULT_ARM_TRAINING, DEFAULT_DIM, mapFeatures, predictShared, type ArmWeights } from "../src/learning/arm-model.js";
import type { OutcomeExample } from "../src/learning/outcome.js";
import { meanZ, rankingTermsOf } from "../src/learning/ranking-gate.js";
import { simulateDeployment, DEFAULT_ONLINE_OPTIONS, type RefitTrace } from "../src/eval/online-eval.js";
import { readDevStream } from "./dev-streams.js";

const [set = "mmlupro", seedText = "1", extra = "{}"] = process.argv.slice(2);
const seed = Number(seedText);
const every = Number(process.env.EVERY ?? 500);
const stream = readDevStream(set, Number(process.env.LIMIT ?? 0), seed);
const revealed: { example: OutcomeExample; position: number }[] = [];
const refits: RefitTrace[] = [];
const options = { ...DEFAULT_ONLINE_OPTIONS, seed, base: "dev", onReveal: (example: OutcomeExample, position: number) => revealed.push({ example, position }), onRefit: (r: RefitTrace) => refits.push(r), ...(JSON.parse(extra) as object) };
const steps = simulateDeployment(stream, createLearnedClassifier(), options);
const order = stream.arms;

interface Group {
  n: number;
  sum: number;
  sumSq: number;
}

/** Ranking terms of the gate's forward-chained folds over the first `count` outcomes, with each term's outcome index. */
function foldTerms(count: number): { index: number; term: number }[] {
  const usable = revealed.slice(0, count).map((r) => r.example);
  const mapped = usable.map((e) => mapFeatures(e.features, DEFAULT_DIM));
  const start = Math.max(Math.floor(count * 0.2), Math.min(options.minOutcomes, Math.floor(count * 0.8)));
  const out: { index: number; term: number }[] = [];
  const zero: ArmWeights = { w: [], g2: [] };
  for (let k = 0; k < 8; k++) {
    const from = start + Math.floor(((count - start) * k) / 8);
    const to = start + Math.floor(((count - start) * (k + 1)) / 8);
    if (to <= from) continue;
    const fitted = fitModels(usable.slice(0, from), mapped.slice(0, from), order, { seed, epochs: 3, dim: DEFAULT_DIM, training: DEFAULT_ARM_TRAINING });
    const arm = (name: string | undefined): ArmWeights => fitted.arms.get(name ?? "") ?? zero;
    const predicted = mapped.slice(from, to).map((x) => ({ bottom: predictShared(fitted.common, arm(order[0]), x), top: predictShared(fitted.common, arm(order[order.length - 1]), x) }));
    rankingTermsOf(usable.slice(from, to), predicted, order).forEach((term, i) => out.push({ index: from + i, term }));
  }
  return out;
}

function describe(groups: Map<string, Group>, total: number): string {
  return [...groups.entries()]
    .map(([key, g]) => {
      const mean = g.sum / g.n;
      const varShare = g.sumSq / Math.max(1e-12, total);
      return `${key} n=${g.n} mean=${mean.toFixed(4)} var_share=${varShare.toFixed(2)}`;
    })
    .join(" | ");
}

for (const refit of refits) {
  if (refit.outcomes % every !== 0) continue;
  const terms = foldTerms(refit.outcomes);
  const overall = meanZ(terms.map((t) => t.term));
  const mean = terms.reduce((a, t) => a + t.term, 0) / Math.max(1, terms.length);
  const groups = new Map<string, Group>();
  let total = 0;
  const byPolicy = new Map<string, number[]>();
  for (const { index, term } of terms) {
    const r = revealed[index];
    if (!r) continue;
    const active = steps[r.position]?.adapterActive ? "adapter" : "static";
    const key = `${active}/${(r.example.propensity ?? 1) < 0.5 ? "explored" : "greedy"}`;
    const g = groups.get(key) ?? { n: 0, sum: 0, sumSq: 0 };
    g.n++;
    g.sum += term;
    g.sumSq += (term - mean) ** 2;
    total += (term - mean) ** 2;
    groups.set(key, g);
    byPolicy.set(active, [...(byPolicy.get(active) ?? []), term]);
  }
  const split = [...byPolicy.entries()].map(([k, v]) => `${k}: z ${meanZ(v).z} diff ${meanZ(v).difference} (n ${v.length})`).join("; ");
  console.log(`${refit.outcomes} gate rank_z ${refit.validation?.rank_z ?? "-"} z ${refit.validation?.z ?? "-"} ${refit.passed ? "pass" : "fail"}${refit.routing ? " routing" : ""} | recomputed z ${overall.z} diff ${overall.difference} | ${split} | ${describe(groups, total)}`);
}
