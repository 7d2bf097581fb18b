/**
 * How close `estimateTokens` is to real BPE tokenizers (gpt-tokenizer's o200k and cl100k), per kind
 * of text, and how fast it is. Prompts come from the permitted llmrouter training split; code from
 * installed packages; JSON from the OpenRouter catalog snapshot.
 *
 * Run: `npx tsx bench/routing/token-estimate-accuracy.ts`
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encode as encodeO200k } from "gpt-tokenizer";
import { encode as encodeCl100k } from "gpt-tokenizer/encoding/cl100k_base";
import { estimateTokens } from "../../src/classifier/estimate-tokens.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const read = (relative: string): string => readFileSync(path.resolve(repoRoot, relative), "utf8");

function textGroups(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const rows = read("../shared/data/routing/llmrouter/default_query_train.jsonl").trim().split("\n");
  for (const line of rows) {
    const row = JSON.parse(line) as { task_name: string; query: string };
    const group = groups.get(row.task_name) ?? [];
    if (group.length < 300) group.push(row.query);
    groups.set(row.task_name, group);
  }
  const code: string[] = [];
  for (const file of ["fastify/fastify.js", "undici/lib/dispatcher/client.js", "yaml/dist/compose/composer.js"]) {
    const text = read(`node_modules/${file}`);
    for (let i = 0; i + 3000 < text.length; i += 3000) code.push(text.slice(i, i + 3000));
  }
  groups.set("javascript (3k-char chunks)", code);
  const catalog = read("../shared/data/openrouter/models-2026-06-16.json");
  const json: string[] = [];
  for (let i = 0; i < 200_000; i += 2000) json.push(catalog.slice(i, i + 2000));
  groups.set("catalog JSON (2k-char chunks)", json);
  return groups;
}

const quantile = (sorted: number[], q: number): string =>
  `${((sorted[Math.floor(q * (sorted.length - 1))] ?? 0) * 100).toFixed(1)}%`;

console.log("group | n | sum est/o200k | sum est/cl100k | p5 | p50 | p95 | within ±10% (o200k)");
for (const [name, texts] of textGroups()) {
  let estimated = 0;
  let o200k = 0;
  let cl100k = 0;
  const errors: number[] = [];
  for (const text of texts) {
    const estimate = estimateTokens(text);
    const actual = encodeO200k(text).length;
    estimated += estimate;
    o200k += actual;
    cl100k += encodeCl100k(text).length;
    errors.push((estimate - actual) / actual);
  }
  errors.sort((a, b) => a - b);
  const within = errors.filter((error) => Math.abs(error) <= 0.1).length / errors.length;
  console.log(
    `${name} | ${texts.length} | ${(estimated / o200k).toFixed(3)} | ${(estimated / cl100k).toFixed(3)} | ` +
      `${quantile(errors, 0.05)} | ${quantile(errors, 0.5)} | ${quantile(errors, 0.95)} | ${(within * 100).toFixed(0)}%`,
  );
}

const prose = read("../shared/data/routing/llmrouter/default_query_train.jsonl");
const big = prose.repeat(Math.ceil(1_200_000 / prose.length)).slice(0, 1_200_000);
const timings: number[] = [];
for (let run = 0; run < 30; run++) {
  const start = performance.now();
  estimateTokens(big);
  timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
const started = performance.now();
const real = encodeO200k(big).length;
const tokenizerMs = performance.now() - started;
console.log(
  `\n1.2 MB (${real} o200k tokens, estimate ${estimateTokens(big)}): estimateTokens p50 ${timings[15]?.toFixed(2)} ms, ` +
    `min ${timings[0]?.toFixed(2)} ms; gpt-tokenizer encode ${tokenizerMs.toFixed(0)} ms`,
);
