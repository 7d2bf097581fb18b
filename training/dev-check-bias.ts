/**
 * Seeded simulations of the gate's ranking check with the truth known (docs/routing-quality.md, ninth pass): is the
 * check's estimate unbiased when the log comes through the bandit's own `chooseArm` (5% cap), logged by static or by the
 * adapter itself? Two places it is not, neither shipped as a change:
 *
 * - `cap`: two tiers. Decisions the cap kept from exploring record propensity 1; their unserved arm is the model's
 *   alone. Compared: the check as shipped, and the check on the same log without those decisions.
 * - `ladder`: three tiers. Outcomes served by the middle tier are left out of the check (third pass); the prompts whose
 *   greedy tier is the middle one then count by their explored outcomes' corrections alone. Compared: as shipped, and
 *   with the middle tier's outcomes counted by the model (`middle in`).
 *
 * The adapter's belief is the true gain plus Gaussian noise (`SIGMA`); with `UNRELATED=1` it believes in a hidden
 * variable unrelated to the gain (a confident adapter that is no better). Prints one line per logger.
 *
 *   [RUNS=200] [N=3000] [SIGMA=0.1] [UNRELATED=1] npx tsx training/dev-check-bias.ts <cap|ladder>
 * @module
 */
import { nextRandom } from "../src/learning/arm-model.js";
import { chooseArm, createBanditState, type BanditConfig } from "../src/learning/bandit.js";
import { meanZ, rankingTerms, rankPercentiles, type RankedOutcome } from "../src/learning/ranking-gate.js";

const mode = process.argv[2] === "ladder" ? "ladder" : "cap";
const runs = Number(process.env.RUNS ?? 200);
const n = Number(process.env.N ?? 3000);
const sigma = Number(process.env.SIGMA ?? 0.1);
const unrelated = process.env.UNRELATED === "1";
const arms = mode === "ladder" ? ["cheap", "middle", "dear"] : ["cheap", "dear"];

/** One logged deployment: the estimates of every variant and the truth each targets. */
function once(policy: "static" | "adapter", seed: number): Record<string, { estimate: number; z: number; truth: number }> {
  let state = seed;
  const draw = (): number => {
    const next = nextRandom(state);
    state = next.state;
    return next.value;
  };
  const gauss = (): number => Math.sqrt(-2 * Math.log(Math.max(1e-12, draw()))) * Math.cos(2 * Math.PI * draw());
  const rows = Array.from({ length: n }, () => ({ shipped: draw(), hidden: draw(), other: draw(), top: gauss() * sigma, bottom: gauss() * sigma, u: draw() }));
  const gain = rows.map((r) => 0.1 + 0.25 * r.hidden + 0.05 * r.shipped);
  const believed = rows.map((r, i) => (unrelated ? 0.1 + 0.25 * r.other + 0.05 * r.shipped : (gain[i] ?? 0)));
  const belief = rows.map((r, i) => ({ top: 0.4 + (believed[i] ?? 0) + r.top, bottom: 0.4 + r.bottom }));
  const adapted = rankPercentiles(belief.map((b) => b.top - b.bottom));
  const shipped = rankPercentiles(rows.map((r) => r.shipped));
  const logging = policy === "static" ? shipped : adapted;
  const config: BanditConfig = { arms, maxExploreShare: 0.05 };
  const bandit = createBanditState(config, seed ^ 0x5eed);
  const outcomes = rows.map((r, i): RankedOutcome => {
    const greedy = arms[Math.min(arms.length - 1, Math.floor((logging[i] ?? 0) * arms.length))] ?? "";
    const choice = chooseArm(bandit, config, greedy);
    const arm = choice.arm === "dear" ? "top" : choice.arm === "cheap" ? "bottom" : "other";
    const reward = r.u < 0.4 + (arm === "top" ? (gain[i] ?? 0) : arm === "other" ? (gain[i] ?? 0) / 2 : 0) ? 1 : 0;
    return { shipped: r.shipped, arm, reward, weight: 1, propensity: choice.propensity, bottom: belief[i]?.bottom ?? 0, top: belief[i]?.top ?? 0 };
  });
  const truthOver = (keep: (o: RankedOutcome) => boolean): number => {
    const kept = outcomes.flatMap((o, i) => (keep(o) ? [i] : []));
    return kept.reduce((sum, i) => sum + (gain[i] ?? 0) * ((adapted[i] ?? 0) - (shipped[i] ?? 0)), 0) / Math.max(1, kept.length);
  };
  const of = (terms: number[], truth: number): { estimate: number; z: number; truth: number } => {
    const check = meanZ(terms);
    return { estimate: check.difference, z: check.z, truth };
  };
  const all = truthOver(() => true);
  if (mode === "cap") {
    const explores = (o: RankedOutcome): boolean => o.propensity < 1;
    // Percentiles within the kept decisions would differ from these only by sampling (the cap binds on past draws).
    return { shipped: of(rankingTerms(outcomes), all), "without capped": of(rankingTerms(outcomes.filter(explores)), truthOver(explores)) };
  }
  // Middle in: every outcome counts; a middle tier's by the model's predicted gain alone.
  const middleIn = outcomes.map((o, i) => {
    let g = o.top - o.bottom;
    if (o.arm === "top") g += (o.reward - o.top) / o.propensity;
    if (o.arm === "bottom") g -= (o.reward - o.bottom) / o.propensity;
    return g * ((adapted[i] ?? 0) - (shipped[i] ?? 0));
  });
  return { shipped: of(rankingTerms(outcomes), all), "middle in": of(middleIn, all) };
}

for (const policy of ["static", "adapter"] as const) {
  const sums = new Map<string, { error: number; errorSq: number; passed: number; truth: number }>();
  for (let k = 0; k < runs; k++) {
    for (const [variant, r] of Object.entries(once(policy, 9000 + k))) {
      const s = sums.get(variant) ?? { error: 0, errorSq: 0, passed: 0, truth: 0 };
      const e = r.estimate - r.truth;
      s.error += e;
      s.errorSq += e * e;
      s.truth += r.truth;
      if (r.z >= 1.5) s.passed++;
      sums.set(variant, s);
    }
  }
  const parts = [...sums.entries()].map(([variant, s]) => {
    const mean = s.error / runs;
    const se = Math.sqrt((s.errorSq / runs - mean * mean) / runs);
    return `${variant}: truth ${(s.truth / runs).toFixed(4)} error ${mean.toFixed(4)} ± ${se.toFixed(4)} pass z ≥ 1.5 ${Math.round((100 * s.passed) / runs)}%`;
  });
  console.log(`${mode} sigma ${sigma}${unrelated ? " unrelated" : ""}, logged by ${policy}: ${parts.join(" | ")}`);
}
