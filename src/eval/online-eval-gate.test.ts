import { describe, expect, it } from "vitest";
import { createLearnedClassifier } from "../classifier/learned/index.js";
import type { ChatMessage } from "../core/types.js";
import { DEFAULT_MIN_RANK_Z, DEFAULT_MIN_Z } from "../learning/adapter.js";
import { DEFAULT_POOLED_MIN_EXPLORED, DEFAULT_POOLED_REFITS, initialRoutingState, nextRouting } from "../learning/routing-rule.js";
import { TENTH_PASS_SEQUENTIAL_RULE } from "../learning/sequential-rule.js";
import { DEFAULT_ONLINE_OPTIONS, DEFAULT_PASSES_TO_START, simulateDeployment, type OnlineOptions, type RefitTrace } from "./online-eval.js";
import { refitNote } from "./refit-note.js";
import type { OutcomeStream } from "./online-stream.js";
import { buildOnlineReport } from "./online-report.js";

const TOPICS = ["prove the theorem about primes", "write a haiku about autumn", "debug this python loop", "translate hello into french", "summarise the article", "solve the integral of x squared"];

/** A two-model deployment where haiku/translate/summarise prompts need the strong model and nothing else does. */
function stream(n: number): OutcomeStream {
  const items = Array.from({ length: n }, (_, i) => {
    const topic = TOPICS[(i * 7) % TOPICS.length] ?? "";
    const messages: ChatMessage[] = [{ role: "user", content: `${topic} number ${i % 11}` }];
    const weakScore = /haiku|translate|summarise/.test(topic) ? 0 : 1;
    return { messages, rewards: [weakScore, 1], source: { kind: "paired" as const, item: { id: String(i), messages, prompts: [topic], strongScore: 1, weakScore } } };
  });
  return { name: "synthetic", kind: "routellm", arms: ["weak", "strong"], prices: [0, 1], ladder: [], items };
}

/** The refits' notes (outcomes seen, passed or not) and which steps the adapter routed. */
function run(options: OnlineOptions, data: OutcomeStream): { refits: { at: number; passed: boolean }[]; active: boolean[] } {
  const notes: string[] = [];
  const steps = simulateDeployment(data, createLearnedClassifier(), { ...options, onProgress: (m) => notes.push(m) });
  // A note is printed only when it changes, so a run of passing refits shows as its first note: fill in the rest.
  const changes = notes.flatMap((m) => {
    const at = /after (\d+) outcomes/.exec(m)?.[1];
    return at === undefined ? [] : [{ at: Number(at), passed: m.includes("adapter fitted") }];
  });
  const refits: { at: number; passed: boolean }[] = [];
  for (let at = options.retrainEvery; at <= data.items.length; at += options.retrainEvery) {
    const last = changes.filter((c) => c.at <= at).at(-1);
    refits.push({ at, passed: last?.passed ?? false });
  }
  return { refits, active: steps.map((s) => s.adapterActive) };
}

/** Where the first run of `passes` consecutive passing refits ends (outcomes seen), or -1. */
function startOf(refits: readonly { at: number; passed: boolean }[], passes: number): number {
  let run = 0;
  for (const refit of refits) {
    run = refit.passed ? run + 1 : 0;
    if (run === passes) return refit.at;
  }
  return -1;
}

describe("eval --online: when a passing adapter starts routing", () => {
  const data = stream(1500);
  const options: OnlineOptions = { ...DEFAULT_ONLINE_OPTIONS, seed: 1, base: "test" };

  it("routes only after three consecutive refits pass the gate (the default), and right after the third", () => {
    expect(DEFAULT_PASSES_TO_START).toBe(3);
    // Without the evidence start (the tenth pass's latch), only the refit gate starts an adapter.
    const { refits, active } = run({ ...options, sequential: TENTH_PASS_SEQUENTIAL_RULE }, data);
    const start = startOf(refits, 3);
    expect(start).toBeGreaterThan(0);
    expect(startOf(refits, 2)).toBe(start - options.retrainEvery); // two passes alone did not route
    expect(active.slice(0, start).some(Boolean)).toBe(false);
    expect(active[start]).toBe(true);
    // With it (the default), this clean stream's evidence starts the adapter sooner, never later.
    const byDefault = run(options, data).active;
    expect(byDefault.indexOf(true)).toBeGreaterThan(0);
    expect(byDefault.indexOf(true)).toBeLessThan(start);
  });

  it("routes right after the first pass when asked to (passesToStart 1)", () => {
    const { refits, active } = run({ ...options, passesToStart: 1 }, data);
    const start = startOf(refits, 1);
    expect(start).toBeGreaterThan(0);
    expect(active.slice(0, start).some(Boolean)).toBe(false);
    expect(active[start]).toBe(true);
  });

  it("says so when the adapter routed earlier in the stream but not in the final slice", () => {
    const steps = simulateDeployment(data, createLearnedClassifier(), options);
    expect(steps.some((s) => s.adapterActive)).toBe(true);
    const finalStart = Math.floor(steps.length * (1 - options.finalShare));
    // The same run with the adapter switched off for the final slice (as when later refits fail the gate).
    const switchedOff = steps.map((s, i) => (i < finalStart ? s : { ...s, adapterActive: false, adaptedScore: s.staticScore }));
    const report = buildOnlineReport(data, switchedOff, options);
    expect(report.adapted.adapter_active).toBe(0);
    expect(report.verdict).toMatch(/^The adapter routed \d+\.\d% of the stream, all before the final slice, and no longer passed the gate/);
    const never = buildOnlineReport(data, steps.map((s) => ({ ...s, adapterActive: false, adaptedScore: s.staticScore })), options);
    expect(never.verdict).toMatch(/^The adapter never beat the static router/);
  });

  it("placebo (diagnostic): serves every prompt as static does while the gate still decides when an adapter would route", () => {
    const steps = simulateDeployment(data, createLearnedClassifier(), { ...options, placebo: true });
    expect(steps.some((s) => s.adapterActive)).toBe(true);
    expect(steps.every((s) => s.greedyArm === s.staticArm)).toBe(true);
    const routed = simulateDeployment(data, createLearnedClassifier(), options);
    expect(routed.some((s) => s.adapterActive && s.greedyArm !== s.staticArm)).toBe(true);
  });

  it("quotes the ranking bar the rule applies in a refusal, not the fit's own (which the rule sets to -Infinity)", () => {
    const validation = { holdout: 400, loss_static: 0.61, loss_adapted: 0.63, z: -1.2, rank_difference: 0, rank_z: 0.4, explored: 20 };
    const note = refitNote({ refused: "ranking check z = 0.4, needs ≥ -Infinity", validation }, false, 1.5);
    expect(note).toMatch(/ranking check z = 0\.4, needs ≥ 1\.5\)/);
    expect(note).not.toMatch(/Infinity/);
  });

  it("says when the stream's evidence, not the refit gate, started the adapter, and when the latch kept it", () => {
    const notes: string[] = [];
    simulateDeployment(data, createLearnedClassifier(), { ...options, onProgress: (m) => notes.push(m) });
    // On this clean stream the evidence starts the adapter before three refits in a row have passed (first test).
    const first = notes.findIndex((m) => /starts on the stream's evidence/.test(m));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(notes.slice(0, first).some((m) => /keeps routing/.test(m))).toBe(false);
    const fitted = { adapter: { validation: { holdout: 400, loss_static: 0.6, loss_adapted: 0.5, z: 2.4, rank_difference: 0.01, rank_z: 0.9 } } } as unknown as Parameters<typeof refitNote>[0];
    expect(refitNote(fitted, true, 1.5, 2, "latch")).toMatch(/^adapter keeps routing/);
  });

  it("routes by the pooled rule as well: every refit's routing is what the rule makes of the gate's measurements", () => {
    expect([DEFAULT_POOLED_REFITS, DEFAULT_POOLED_MIN_EXPLORED]).toEqual([3, 100]);
    // A floor of 0 lets the pooled mean act on this small stream; replaying the traced refits through the rule must
    // give the same routing as the simulation did. (This stream's ranking z only rise, so the mean never routes a refit
    // that fails alone here; routing-rule.test.ts shows the pooled start the consecutive rule refuses.)
    const traces: RefitTrace[] = [];
    simulateDeployment(data, createLearnedClassifier(), { ...options, pooledMinExplored: 0, sequential: TENTH_PASS_SEQUENTIAL_RULE, onRefit: (r) => traces.push(r) });
    const rule = { passesToStart: DEFAULT_PASSES_TO_START, pooledRefits: DEFAULT_POOLED_REFITS, pooledMinExplored: 0, minRankZ: DEFAULT_MIN_RANK_Z };
    let state = initialRoutingState();
    let routing = false;
    const replayed = traces.map((t) => {
      const predicts = t.validation !== undefined && t.validation.z >= DEFAULT_MIN_Z;
      const next = nextRouting(state, { predicts, rankZ: t.validation?.rank_z ?? -Infinity, explored: t.validation?.explored ?? 0 }, routing, rule);
      state = next.state;
      routing = next.route;
      return routing;
    });
    expect(traces.some((t) => t.routing)).toBe(true);
    expect(traces.map((t) => t.routing)).toEqual(replayed);
  });
});
