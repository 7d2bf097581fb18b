import { describe, expect, it } from "vitest";
import { createLearnedClassifier } from "../classifier/learned/index.js";
import type { ChatMessage } from "../core/types.js";
import { DEFAULT_ONLINE_OPTIONS, simulateDeployment, type OnlineOptions } from "./online-eval.js";
import type { OutcomeStream } from "./online-stream.js";

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

function firstPass(options: OnlineOptions, data: OutcomeStream): { passedAt: number; secondPassAt: number; active: boolean[] } {
  const notes: string[] = [];
  const steps = simulateDeployment(data, createLearnedClassifier(), { ...options, onProgress: (m) => notes.push(m) });
  const outcomesOf = (note: string | undefined): number => Number(/after (\d+) outcomes/.exec(note ?? "")?.[1] ?? -1);
  const first = notes.findIndex((m) => m.includes("adapter fitted"));
  const next = notes.slice(first + 1).find((m) => /after \d+ outcomes/.test(m));
  return { passedAt: outcomesOf(notes[first]), secondPassAt: next?.includes("adapter fitted") ? outcomesOf(next) : -1, active: steps.map((s) => s.adapterActive) };
}

describe("eval --online: when a passing adapter starts routing", () => {
  const data = stream(1500);
  const options: OnlineOptions = { ...DEFAULT_ONLINE_OPTIONS, seed: 1, base: "test" };

  it("routes only after two consecutive refits pass the gate, and right after the second", () => {
    const { passedAt, secondPassAt, active } = firstPass(options, data);
    expect(passedAt).toBeGreaterThan(0);
    expect(secondPassAt).toBe(passedAt + options.retrainEvery); // the next refit passed too
    expect(active.slice(0, secondPassAt).some(Boolean)).toBe(false);
    expect(active[secondPassAt]).toBe(true);
  });

  it("routes right after the first pass when asked to (passesToStart 1)", () => {
    const { passedAt, active } = firstPass({ ...options, passesToStart: 1 }, data);
    expect(active.slice(0, passedAt).some(Boolean)).toBe(false);
    expect(active[passedAt]).toBe(true);
  });
});
