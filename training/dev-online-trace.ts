/**
 * Diagnostic for the online gate on a development stream (two-model streams only): runs the simulated deployment
 * as `dev-online.ts` does and, every `EVERY` outcomes (default 500), re-computes the gate's ranking check with its
 * terms split by how each validated outcome was logged — while the adapter routed or while static did, explored
 * or not — to see whether an adapter's own routing makes its later checks harder ("self-reinforcement"), and how
 * much of the check's variance the explored outcomes carry. Each segment also gets its truth (the same terms with the
 * doubly robust gain replaced by the prompt's real top − bottom outcome) and the check's error against it; the blocks
 * are the gate's own (`validationBlocks`), so the recomputed z equals the gate's. `'{"placebo":true}'` logs every
 * outcome under static while the gate still labels when an adapter would route (the seventh pass's control).
 * Prints one line per traced refit on stdout.
 *
 *   [LIMIT=N] [EVERY=500] npx tsx training/dev-online-trace.ts <set> <seed> ['{json options}']
 * @module
 */
import { createLearnedClassifier } from "../src/classifier/learned/index.js";
import { DEFAULT_FOLDS, DEFAULT_HOLDOUT_SHARE } from "../src/learning/adapter.js";
import { fitModels, validationBlocks } from "../src/learning/adapter-validation.js";
import { DEFAULT_ARM_TRAINING, DEFAULT_DIM, mapFeatures, predictShared, type ArmWeights } from "../src/learning/arm-model.js";
import type { OutcomeExample } from "../src/learning/outcome.js";
import { meanZ, rankingTermsOf, rankPercentiles } from "../src/learning/ranking-gate.js";
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

/**
 * Ranking terms of the gate's forward-chained folds over the first `count` outcomes (the gate's own blocks), with
 * each term's outcome index and its truth: the same term with the doubly robust gain replaced by the prompt's real
 * one (top − bottom outcome, both known in a development stream).
 */
function foldTerms(count: number): { index: number; term: number; truth: number }[] {
  const usable = revealed.slice(0, count).map((r) => r.example);
  const mapped = usable.map((e) => mapFeatures(e.features, DEFAULT_DIM));
  const { blocks } = validationBlocks(count, { holdoutShare: DEFAULT_HOLDOUT_SHARE, folds: DEFAULT_FOLDS, minTrain: options.minOutcomes });
  const out: { index: number; term: number; truth: number }[] = [];
  const zero: ArmWeights = { w: [], g2: [] };
  for (const { from, to } of blocks) {
    const fitted = fitModels(usable.slice(0, from), mapped.slice(0, from), order, { seed, epochs: 3, dim: DEFAULT_DIM, training: DEFAULT_ARM_TRAINING });
    const arm = (name: string | undefined): ArmWeights => fitted.arms.get(name ?? "") ?? zero;
    const predicted = mapped.slice(from, to).map((x) => ({ bottom: predictShared(fitted.common, arm(order[0]), x), top: predictShared(fitted.common, arm(order[order.length - 1]), x) }));
    const adapted = rankPercentiles(predicted.map((p) => p.top - p.bottom));
    const shipped = rankPercentiles(usable.slice(from, to).map((e) => e.features.strong_probability));
    rankingTermsOf(usable.slice(from, to), predicted, order).forEach((term, i) => {
      const rewards = stream.items[steps[revealed[from + i]?.position ?? -1]?.item ?? -1]?.rewards ?? [];
      const real = (rewards[rewards.length - 1] ?? 0) - (rewards[0] ?? 0);
      out.push({ index: from + i, term, truth: real * ((adapted[i] ?? 0) - (shipped[i] ?? 0)) });
    });
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
  const byPolicy = new Map<string, { term: number; truth: number; capped: boolean }[]>();
  for (const { index, term, truth } of terms) {
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
    byPolicy.set(active, [...(byPolicy.get(active) ?? []), { term, truth, capped: (r.example.propensity ?? 1) >= 1 }]);
  }
  // Per logging policy: the check's z and mean, the truth's mean, and the check's error (mean and z) against it.
  const split = [...byPolicy.entries()]
    .map(([k, v]) => {
      const check = meanZ(v.map((t) => t.term));
      const truth = v.reduce((a, t) => a + t.truth, 0) / v.length;
      const error = meanZ(v.map((t) => t.term - t.truth));
      // Decisions that could not explore (the cap bound: propensity 1) leave the unserved arm to the model alone.
      const capped = v.filter((t) => t.capped);
      const cappedError = capped.reduce((a, t) => a + t.term - t.truth, 0) / v.length;
      return `${k}: z ${check.z} diff ${check.difference} truth ${truth.toFixed(5)} error ${error.difference} (z ${error.z}) of which capped ${cappedError.toFixed(5)} (${capped.length}) (n ${v.length})`;
    })
    .join("; ");
  console.log(`${refit.outcomes} gate rank_z ${refit.validation?.rank_z ?? "-"} z ${refit.validation?.z ?? "-"} ${refit.passed ? "pass" : "fail"}${refit.routing ? " routing" : ""} | recomputed z ${overall.z} diff ${overall.difference} | ${split} | ${describe(groups, total)}`);
}
