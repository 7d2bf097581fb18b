import { describe, expect, it } from "vitest";
import { createLearnedClassifier } from "../classifier/learned/index.js";
import type { ChatMessage } from "../core/types.js";
import { DEFAULT_SEQUENTIAL_RULE, TENTH_PASS_SEQUENTIAL_RULE } from "../learning/sequential-rule.js";
import { DEFAULT_ONLINE_OPTIONS, simulateDeployment, type OnlineOptions, type RefitTrace } from "./online-eval.js";
import type { OutcomeStream } from "./online-stream.js";

const TOPICS = ["prove the theorem about primes", "write a haiku about autumn", "debug this python loop", "translate hello into french", "summarise the article", "solve the integral of x squared"];

/**
 * A two-model deployment where haiku/translate/summarise prompts need the strong model, with 30% of the weak model's
 * outcomes flipped: the adapter ranks clearly better (ranking z 4–6) but predicts outcomes better than the shipped
 * score only now and then, so the refit gate alone lets it route for one refit and then refuses it.
 */
function noisyStream(n: number): OutcomeStream {
  const items = Array.from({ length: n }, (_, i) => {
    const topic = TOPICS[(i * 7) % TOPICS.length] ?? "";
    const messages: ChatMessage[] = [{ role: "user", content: `${topic} number ${i % 11}` }];
    const needsStrong = /haiku|translate|summarise/.test(topic);
    const flipped = (i * 2654435761) % 1000 < 300;
    const weakScore = needsStrong !== flipped ? 0 : 1;
    return { messages, rewards: [weakScore, 1], source: { kind: "paired" as const, item: { id: String(i), messages, prompts: [topic], strongScore: 1, weakScore } } };
  });
  return { name: "synthetic-noisy", kind: "routellm", arms: ["weak", "strong"], prices: [0, 1], ladder: [], items };
}

function refits(options: OnlineOptions, data: OutcomeStream): RefitTrace[] {
  const traces: RefitTrace[] = [];
  simulateDeployment(data, createLearnedClassifier(), { ...options, onRefit: (r) => traces.push(r) });
  return traces;
}

describe("eval --online: the latch keeps a started adapter routing until the evidence since its start shows harm", () => {
  const data = noisyStream(1500);
  const options: OnlineOptions = { ...DEFAULT_ONLINE_OPTIONS, seed: 1, base: "test", passesToStart: 1 };

  it("is on by default, and keeps routing through refits the gate alone refuses", () => {
    const gateAlone = refits({ ...options, sequential: false }, data);
    const start = gateAlone.findIndex((t) => t.routing);
    expect(start).toBeGreaterThan(0);
    // The gate alone stops it again (the log-loss check fails on later refits).
    expect(gateAlone.slice(start).some((t) => !t.routing)).toBe(true);
    const latched = refits(options, data);
    expect(latched.findIndex((t) => t.routing)).toBe(start);
    expect(latched.slice(start).every((t) => t.routing)).toBe(true);
    // The evidence it read: prequential terms from every refit after the first candidate, and no harm.
    const last = latched.at(-1)?.sequential;
    expect(last?.terms).toBeGreaterThan(500);
    expect(last?.harmLogE).toBeLessThan(Math.log(1 / DEFAULT_SEQUENTIAL_RULE.closeAlpha));
    expect(last?.logE).toBeGreaterThan(Math.log(10));
  }, 180_000);

  it("with scoreEveryFit, scores the evidence from the first fit on, not only from fits that predict better", () => {
    const short = noisyStream(700);
    const firstScored = (traces: readonly RefitTrace[]): number | undefined => traces.find((t) => (t.sequential?.terms ?? 0) > 0)?.outcomes;
    const predicting = refits({ ...options, passesToStart: 99, sequential: TENTH_PASS_SEQUENTIAL_RULE }, short);
    const every = refits({ ...options, passesToStart: 99, sequential: { ...TENTH_PASS_SEQUENTIAL_RULE, scoreEveryFit: true } }, short);
    // The first fit comes at minOutcomes (200); its block is scored at the next refit.
    expect(firstScored(every)).toBe(300);
    expect(firstScored(predicting) ?? Infinity).toBeGreaterThan(300);
    // Scoring alone starts nothing (openAlpha is 0 here) and leaves the gate's verdicts as they were.
    expect(every.map((t) => [t.passed, t.routing])).toEqual(predicting.map((t) => [t.passed, t.routing]));
  }, 180_000);
});
