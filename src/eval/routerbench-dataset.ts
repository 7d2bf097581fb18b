/**
 * RouterBench rows (`routerbench-zs/*.csv`: ARC-challenge, MBPP, Winogrande) as a strong/weak
 * dataset with RouteLLM's pair (GPT-4-1106 vs Mixtral-8x7B). No licence is stated for this data:
 * it is for development only (design checks), never for training shipped weights.
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseCsvRecords } from "./csv.js";
import type { PairedDataset, PairedItem } from "./routellm-datasets.js";

const STRONG = "gpt-4-1106-preview";
const WEAK = "mistralai/mixtral-8x7b-chat";

/** RouterBench stores the prompt as a Python list literal: `['text']`. */
function unwrapPrompt(raw: string): string {
  const match = /^\[\s*(['"])([\s\S]*)\1\s*\]$/.exec(raw.trim());
  if (!match) return raw;
  return (match[2] ?? "").replace(/\\n/g, "\n").replace(/\\'/g, "'").replace(/\\"/g, '"').replace(/\\\\/g, "\\");
}

function readFile(file: string): PairedItem[] {
  const { header, records } = parseCsvRecords(readFileSync(file, "utf8"), file);
  if (!header.includes(STRONG) || !header.includes(WEAK)) return [];
  return records.flatMap((r, i) => {
    const strong = Number(r[STRONG]);
    const weak = Number(r[WEAK]);
    if (r[STRONG] === "" || r[WEAK] === "" || !Number.isFinite(strong) || !Number.isFinite(weak)) return [];
    const prompt = unwrapPrompt(r.prompt ?? "");
    return [{ id: `${path.basename(file, ".csv")}-${r.sample_id ?? i}`, messages: [{ role: "user", content: prompt }], prompts: [prompt], strongScore: strong, weakScore: weak }];
  });
}

/** Reads one RouterBench CSV, or every `*_test.csv` of the folder; undefined when it is not RouterBench. */
export function readRouterBench(target: string): PairedDataset | undefined {
  const isDir = statSync(target).isDirectory();
  if (isDir && !existsSync(path.join(target, "mbpp_test.csv"))) return undefined;
  const files = isDir ? readdirSync(target).filter((f) => f.endsWith("_test.csv")).sort().map((f) => path.join(target, f)) : [target];
  const items = files.flatMap(readFile);
  if (items.length === 0) return undefined;
  return { name: `routerbench-zs${isDir ? "" : `/${path.basename(target, ".csv")}`}`, strongModel: STRONG, weakModel: WEAK, items, dropped: 0 };
}
