import { describe, expect, it } from "vitest";
import { createLearnedClassifier } from "../classifier/learned/index.js";
import type { ChatMessage } from "../core/types.js";
import { seededPermutation } from "../learning/arm-model.js";
import { DEFAULT_SEQUENTIAL_RULE } from "../learning/sequential-rule.js";
import { DEFAULT_BAND_START } from "./band-start.js";
import { DEFAULT_ONLINE_OPTIONS, simulateDeployment, type OnlineOptions } from "./online-eval.js";
import type { OutcomeStream } from "./online-stream.js";

const TOPICS = ["prove the theorem about primes", "write a haiku about autumn", "debug this python loop", "translate hello into french", "summarise the article", "solve the integral of x squared", "explain photosynthesis briefly", "draft an email to my landlord", "compare two sorting algorithms", "name three rivers in europe", "plan a week of vegetarian meals", "what causes inflation"];
/** Topics whose prompts need the strong model (unrelated to how hard they look). */
const NEEDS_STRONG = /haiku|translate|summarise|landlord|rivers|inflation/;

/** Two models; half the topics need the strong one (unrelated to how hard they look), 10% of the weak model's outcomes flipped. */
function topicStream(n: number): OutcomeStream {
  const items = Array.from({ length: n }, (_, i) => {
    const topic = TOPICS[(i * 7 + Math.floor(i / 12)) % TOPICS.length] ?? "";
    const messages: ChatMessage[] = [{ role: "user", content: `${topic} number ${i % 11}` }];
    const flipped = (i * 2654435761) % 1000 < 100;
    const weakScore = NEEDS_STRONG.test(topic) !== flipped ? 0 : 1;
    return { messages, rewards: [weakScore, 1], source: { kind: "paired" as const, item: { id: String(i), messages, prompts: [topic], strongScore: 1, weakScore } } };
  });
  return { name: "synthetic-topics", kind: "routellm", arms: ["weak", "strong"], prices: [0, 1], ladder: [], items };
}

/** The same prompts with their outcomes shuffled across them: nothing a prompt shows predicts its outcomes. */
function shuffled(stream: OutcomeStream, seed: number): OutcomeStream {
  const order = seededPermutation(stream.items.length, seed);
  return { ...stream, name: `${stream.name}-null`, items: stream.items.map((item, i) => {
    const other = stream.items[order[i] ?? i] ?? item;
    const source = item.source.kind === "paired" && other.source.kind === "paired" ? { kind: "paired" as const, item: { ...item.source.item, weakScore: other.source.item.weakScore } } : item.source;
    return { ...item, rewards: other.rewards, source };
  }) };
}

/** The outcomes after which the band started an adapter. */
function bandStarts(data: OutcomeStream, options: OnlineOptions): string[] {
  const starts: string[] = [];
  simulateDeployment(data, createLearnedClassifier(), { ...options, onProgress: (m) => { if (m.includes("band start")) starts.push(m); } });
  return starts;
}

describe("eval --online: the threshold band's evidence starts an adapter on signal, not on shuffled outcomes", () => {
  // Only the band may start here: the refit gate needs 99 passes and the explored evidence never opens.
  const options: OnlineOptions = { ...DEFAULT_ONLINE_OPTIONS, seed: 1, base: "test", passesToStart: 99, sequential: { ...DEFAULT_SEQUENTIAL_RULE, openAlpha: 0 }, bandStart: DEFAULT_BAND_START };
  const data = topicStream(900);

  it("starts where the candidate orders the gain", () => {
    expect(bandStarts(data, options).length).toBeGreaterThan(0);
    expect(bandStarts(data, { ...options, bandStart: false })).toEqual([]);
  }, 180_000);

  it("does not start on the same stream with its outcomes shuffled", () => {
    for (const seed of [1, 2, 3]) expect(bandStarts(shuffled(data, seed), { ...options, seed })).toEqual([]);
  }, 180_000);
});
