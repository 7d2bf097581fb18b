/**
 * Readers for RouteLLM's published evaluation folders (`routellm/evals/{mt_bench,gsm8k,mmlu}` in
 * lm-sys/RouteLLM), in their own formats, with the contaminated prompts dropped exactly as
 * `benchmarks.py` does (exact string match on `eval_prompt`).
 * @module
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ChatMessage } from "../core/types.js";
import { InvalidRequestError } from "../core/errors/index.js";
import { parseCsvRecords, parseJsonLines } from "./csv.js";

/** RouteLLM's routed pair. */
export const ROUTELLM_STRONG = "gpt-4-1106-preview";
export const ROUTELLM_WEAK = "mistralai/Mixtral-8x7B-Instruct-v0.1";

/** One prompt with the strong and weak model's scores on it. */
export interface PairedItem {
  id: string;
  /** What the router reads (MT-Bench: the first turn only, as RouteLLM routes). */
  messages: ChatMessage[];
  /** Every user turn of the item (for de-duplication). */
  prompts: string[];
  strongScore: number;
  weakScore: number;
}

/** A strong/weak dataset after decontamination. */
export interface PairedDataset {
  name: string;
  strongModel: string;
  weakModel: string;
  items: PairedItem[];
  /** Prompts dropped as contaminated. */
  dropped: number;
}

function readText(file: string): string {
  return readFileSync(file, "utf8");
}

function contaminatedPrompts(folder: string): Set<string> {
  const file = path.join(folder, "contaminated_prompts.jsonl");
  if (!existsSync(file)) return new Set();
  const rows = parseJsonLines(readText(file)) as { eval_prompt?: unknown }[];
  return new Set(rows.map((r) => r.eval_prompt).filter((p): p is string => typeof p === "string"));
}

interface MtBenchQuestion {
  question_id: number;
  turns: string[];
}
interface MtBenchJudgement {
  question_id: number;
  model: string;
  score: number;
}

/** MT-Bench: per question, the mean GPT-4 judge score over both turns for each model. */
export function readRouteLlmMtBench(folder: string): PairedDataset {
  const contaminated = contaminatedPrompts(folder);
  const questions = parseJsonLines(readText(path.join(folder, "question.jsonl"))) as MtBenchQuestion[];
  const judgements = parseJsonLines(readText(path.join(folder, "judgements.jsonl"))) as MtBenchJudgement[];
  const scores = new Map<string, number[]>();
  for (const j of judgements) {
    const key = `${j.question_id}|${j.model}`;
    scores.set(key, [...(scores.get(key) ?? []), Number(j.score)]);
  }
  const avg = (key: string): number => {
    const values = scores.get(key) ?? [];
    return values.reduce((s, v) => s + v, 0) / values.length;
  };
  const kept = questions.filter((q) => !q.turns.slice(0, 2).some((t) => contaminated.has(t)));
  const items = kept.map((q) => ({
    id: String(q.question_id),
    messages: [{ role: "user", content: q.turns[0] ?? "" }],
    prompts: q.turns,
    strongScore: avg(`${q.question_id}|${ROUTELLM_STRONG}`),
    weakScore: avg(`${q.question_id}|${ROUTELLM_WEAK}`),
  }));
  return { name: "routellm/mt_bench", strongModel: ROUTELLM_STRONG, weakModel: ROUTELLM_WEAK, items, dropped: questions.length - kept.length };
}

function correctnessItems(records: Record<string, string>[], contaminated: Set<string>, idPrefix: string): PairedItem[] {
  const asScore = (value: string | undefined): number => (value?.trim().toLowerCase() === "true" ? 1 : 0);
  return records
    .filter((r) => !contaminated.has(r.prompt ?? ""))
    .map((r, index) => ({
      id: `${idPrefix}${index}`,
      messages: [{ role: "user", content: r.prompt ?? "" }],
      prompts: [r.prompt ?? ""],
      strongScore: asScore(r[ROUTELLM_STRONG]),
      weakScore: asScore(r[ROUTELLM_WEAK]),
    }));
}

/** GSM8K: 0/1 correctness of each model per prompt. */
export function readRouteLlmGsm8k(folder: string): PairedDataset {
  const { records } = parseCsvRecords(readText(path.join(folder, "gsm8k_responses.csv")), path.join(folder, "gsm8k_responses.csv"));
  const items = correctnessItems(records, contaminatedPrompts(folder), "gsm8k-");
  return { name: "routellm/gsm8k", strongModel: ROUTELLM_STRONG, weakModel: ROUTELLM_WEAK, items, dropped: records.length - items.length };
}

/** MMLU: every `responses/mmlu_<domain>.csv`, 0/1 correctness of each model per prompt. */
export function readRouteLlmMmlu(folder: string): PairedDataset {
  const contaminated = contaminatedPrompts(folder);
  const responses = path.join(folder, "responses");
  const files = readdirSync(responses).filter((f) => f.endsWith(".csv")).sort();
  const items: PairedItem[] = [];
  let total = 0;
  for (const file of files) {
    const { records } = parseCsvRecords(readText(path.join(responses, file)), path.join(responses, file));
    total += records.length;
    items.push(...correctnessItems(records, contaminated, `${file.replace(/\.csv$/, "")}-`));
  }
  return { name: "routellm/mmlu", strongModel: ROUTELLM_STRONG, weakModel: ROUTELLM_WEAK, items, dropped: total - items.length };
}

/** Reads a RouteLLM eval folder by its contents; undefined when it is not one. */
export function readRouteLlmFolder(folder: string): PairedDataset | undefined {
  const read = existsSync(path.join(folder, "judgements.jsonl"))
    ? readRouteLlmMtBench(folder)
    : existsSync(path.join(folder, "gsm8k_responses.csv"))
      ? readRouteLlmGsm8k(folder)
      : existsSync(path.join(folder, "responses"))
        ? readRouteLlmMmlu(folder)
        : undefined;
  // Scored over nothing, eval printed n: 0 (with cpt_50: 1) and exited 0.
  if (read?.items.length === 0) {
    throw new InvalidRequestError(`${folder} (${read.name}) holds no prompt with a score for both ${read.weakModel} and ${read.strongModel}${read.dropped > 0 ? ` once ${read.dropped} contaminated ones are dropped` : ""}; nothing to evaluate.`);
  }
  return read;
}
