/**
 * The routing benches' long-document prompt: real English queries (llmrouter's permitted training split, read from
 * `../shared/data` at run time), joined and cut with the real o200k tokenizer to an exact token count, ending with a
 * clear instruction as a long-document prompt does. `run.ts`, `agent-shapes.ts` and `compare-trees.ts` time the same
 * text, so their 100-token and 300k-token legs stay comparable.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decode, encode } from "gpt-tokenizer";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const queryFile = path.resolve(repoRoot, "../shared/data/routing/llmrouter/default_query_train.jsonl");
const instruction = "\n\nSummarize the questions above in three bullet points.";

let queries: string[] | undefined;

function readQueries(): string[] {
  queries ??= readFileSync(queryFile, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => String((JSON.parse(line) as { query: unknown }).query));
  return queries;
}

/** A prompt of exactly `tokens` o200k tokens (for `tokens` above the instruction's own length). */
export function benchPrompt(tokens: number): string {
  const all = readQueries();
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < tokens * 5; i++) {
    const query = all[i % all.length] ?? "";
    parts.push(query);
    length += query.length + 2;
  }
  return decode(encode(parts.join("\n\n")).slice(0, tokens - encode(instruction).length)) + instruction;
}
