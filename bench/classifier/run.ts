/**
 * Classifier latency, in process: the learned classifier against the heuristic, interleaved in the same
 * run (A B A B ...), per prompt size. Each call is timed with performance.now(); p50/p90/p99 in µs.
 *
 *   npx tsx bench/classifier/run.ts [--iterations 5000] [--warmup 1000]
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { ConversationClassifier } from "../../src/classifier/classifier.js";
import { createHeuristicClassifier } from "../../src/classifier/heuristic-classifier.js";
import { createLearnedClassifier } from "../../src/classifier/learned/index.js";
import type { ChatMessage } from "../../src/core/types.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const PARAGRAPH =
  "Our team has been migrating a billing service from a monolith to separate services. The old code mixes pricing rules, tax handling and invoice rendering in one module, and every change risks breaking something else. ";

/** Prompt shapes, written for this benchmark. */
const CASES: Record<string, ChatMessage[]> = {
  "short (8 words)": [{ role: "user", content: "What is the capital city of Canada?" }],
  "typical (60 words)": [
    {
      role: "user",
      content:
        "I run a small online bakery. Write a Python function that takes a list of orders, each with a product name, quantity and unit price, applies a 10% discount to orders over $50, and returns the total revenue per product as a dictionary. Please include type hints and a short docstring.",
    },
  ],
  "long (~450 words)": [{ role: "user", content: `Summarize the following notes for the team:\n\n${PARAGRAPH.repeat(13)}` }],
  "huge paste (~300k tokens)": [{ role: "user", content: `${PARAGRAPH.repeat(5600)}\nWhat are the main risks in this migration?` }],
  "4-turn conversation": [
    { role: "system", content: "You are a helpful assistant for a travel agency." },
    { role: "user", content: "I want to visit Japan in April for ten days." },
    { role: "assistant", content: "April is cherry blossom season. Would you like an itinerary?" },
    { role: "user", content: "Yes, please plan ten days covering Tokyo, Kyoto and Osaka with a mid-range budget." },
  ],
};

interface Summary {
  p50: number;
  p90: number;
  p99: number;
  mean: number;
}

function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2));
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), mean: Number((samples.reduce((s, v) => s + v, 0) / samples.length).toFixed(2)) };
}

function run(): void {
  const iterations = argument("iterations", 5000);
  const warmup = argument("warmup", 1000);
  const classifiers: ConversationClassifier[] = [createLearnedClassifier(), createHeuristicClassifier()];
  const results: Record<string, Record<string, Summary>> = {};
  let sink = 0;
  for (const [name, messages] of Object.entries(CASES)) {
    const samples = classifiers.map(() => [] as number[]);
    // The huge paste takes milliseconds per call: a fiftieth of the iterations is plenty.
    const scale = name.startsWith("huge") ? 50 : 1;
    for (let i = 0; i < (warmup + iterations) / scale; i++) {
      classifiers.forEach((classifier, c) => {
        const start = performance.now();
        sink += classifier.classify(messages).strongProbability;
        const elapsed = (performance.now() - start) * 1000;
        if (i >= warmup / scale) samples[c]?.push(elapsed);
      });
    }
    results[name] = Object.fromEntries(classifiers.map((c, i) => [c.name, summarize(samples[i] ?? [])]));
  }
  const report = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, iterations, warmup, unit: "µs per classify()", results, sink };
  const dir = path.join(REPO_ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `classifier-${report.date.replace(/[:.]/g, "-").slice(0, 19)}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log("prompt                 classifier   p50 µs   p90 µs   p99 µs");
  for (const [name, byClassifier] of Object.entries(results)) {
    for (const [classifier, s] of Object.entries(byClassifier)) console.log(`${name.padEnd(22)} ${classifier.padEnd(12)} ${String(s.p50).padStart(7)}  ${String(s.p90).padStart(7)}  ${String(s.p99).padStart(7)}`);
  }
  console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
}

run();
