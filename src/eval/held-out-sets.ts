/**
 * Every held-out prompt in the shared data (see `../shared/data/README.md`): evaluation only.
 * Training de-duplicates against these by normalised exact match, and a test proves no training
 * input contains one.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseCsvRecords, parseJsonLines } from "./csv.js";

/** The held-out folders under `routing/`. */
export const HELD_OUT_FOLDERS = ["routellm/mt_bench", "routellm/gsm8k", "routellm/mmlu", "arena-bench-v1", "mt-bench", "arena-hard-v2", "wizardlm"] as const;

/** `source` values of `task-type-candidates.csv` rows that come from a held-out set. */
export const HELD_OUT_CANDIDATE_SOURCES = ["mt_bench", "arena_hard_v2.0", "wizardlm_testset"] as const;

/** Lower-case, drop everything but letters and digits, collapse whitespace. */
export function normalizePrompt(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  return [];
}

function jsonlPrompts(file: string, fields: readonly string[]): string[] {
  if (!existsSync(file)) return [];
  return (parseJsonLines(readFileSync(file, "utf8")) as Record<string, unknown>[]).flatMap((row) => fields.flatMap((f) => stringsOf(row[f])));
}

function csvPrompts(file: string, fields: readonly string[]): string[] {
  if (!existsSync(file)) return [];
  return parseCsvRecords(readFileSync(file, "utf8"), file).records.flatMap((r) => fields.map((f) => r[f] ?? "").filter(Boolean));
}

/** Raw prompts of every held-out set, by set name. */
export function loadHeldOutPrompts(dataDir: string): Map<string, string[]> {
  const routing = path.join(dataDir, "routing");
  const sets = new Map<string, string[]>();
  const mmluDir = path.join(routing, "routellm/mmlu/responses");
  sets.set("routellm/mt_bench", [
    ...jsonlPrompts(path.join(routing, "routellm/mt_bench/question.jsonl"), ["turns"]),
    ...jsonlPrompts(path.join(routing, "routellm/mt_bench/contaminated_prompts.jsonl"), ["eval_prompt"]),
  ]);
  sets.set("routellm/gsm8k", [
    ...csvPrompts(path.join(routing, "routellm/gsm8k/gsm8k_responses.csv"), ["prompt"]),
    ...jsonlPrompts(path.join(routing, "routellm/gsm8k/contaminated_prompts.jsonl"), ["eval_prompt"]),
  ]);
  sets.set("routellm/mmlu", [
    ...(existsSync(mmluDir) ? readdirSync(mmluDir).flatMap((f) => csvPrompts(path.join(mmluDir, f), ["prompt"])) : []),
    ...jsonlPrompts(path.join(routing, "routellm/mmlu/contaminated_prompts.jsonl"), ["eval_prompt"]),
  ]);
  sets.set("arena-bench-v1", [
    ...jsonlPrompts(path.join(routing, "arena-bench-v1/question.jsonl"), ["turns"]),
    ...csvPrompts(path.join(routing, "arena-bench-v1/score-matrix.csv"), ["prompt"]),
  ]);
  sets.set("mt-bench", [
    ...jsonlPrompts(path.join(routing, "mt-bench/question.jsonl"), ["turns"]),
    ...csvPrompts(path.join(routing, "mt-bench/score-matrix-39-models.csv"), ["prompt"]),
  ]);
  sets.set("arena-hard-v2", jsonlPrompts(path.join(routing, "arena-hard-v2/question.jsonl"), ["prompt", "turns"]));
  sets.set("wizardlm", jsonlPrompts(path.join(routing, "wizardlm/WizardLM_testset.jsonl"), ["Instruction", "instruction"]));
  const candidates = path.join(routing, "task-type-candidates.csv");
  if (existsSync(candidates)) {
    const rows = parseCsvRecords(readFileSync(candidates, "utf8"), candidates).records;
    sets.set(
      "task-type-candidates (held-out sources)",
      rows.filter((r) => (HELD_OUT_CANDIDATE_SOURCES as readonly string[]).includes(r.source ?? "")).map((r) => r.prompt ?? ""),
    );
  }
  return sets;
}

/** The normalised held-out prompts, all sets merged. */
export function loadHeldOutIndex(dataDir: string): Set<string> {
  const index = new Set<string>();
  for (const prompts of loadHeldOutPrompts(dataDir).values()) for (const p of prompts) {
    const n = normalizePrompt(p);
    if (n) index.add(n);
  }
  return index;
}
