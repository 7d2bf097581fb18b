/**
 * Reads the team's parallel sets (the same request in ten languages, `training/parallel-languages-*.jsonl`) and reports,
 * per language: task accuracy, and how the difficulty of each request compares with its English original (mean shift
 * of the strong-need probability, correlation, and how often the tier is the same). A router that reads every language
 * alike shows the same numbers in every row.
 *
 *   npx tsx training/parallel-eval.ts [--file training/parallel-languages-held-back.jsonl] [--classifier learned|heuristic] [--weights FILE] [--misses]
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClassifierByName } from "../src/eval/create-classifier-by-name.js";
import type { ChatMessage } from "../src/core/types.js";

interface ParallelRow {
  request: { messages: ChatMessage[] };
  task: string;
  lang: string;
  group: number;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const file = path.resolve(root, arg("file") ?? "training/parallel-languages-held-back.jsonl");
// A held-back set is scored, never read: its misses would be a look at rows nobody may study.
if (process.argv.includes("--misses") && path.basename(file).includes("held-back")) {
  console.error("--misses is refused on a held-back set: score it (accuracy only), never read its rows.");
  process.exit(2);
}
const weights = arg("weights");
const classifier = await createClassifierByName(arg("classifier") ?? "learned", weights ? { weightsFile: path.resolve(weights) } : {});
const rows = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as ParallelRow);
const read = rows.map((row) => classifier.classify(row.request.messages));
const english = new Map<number, number>();
rows.forEach((row, i) => row.lang === "en" && english.set(row.group, i));

const mean = (xs: readonly number[]): number => xs.reduce((sum, x) => sum + x, 0) / Math.max(1, xs.length);
function correlation(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  const cov = mean(xs.map((x, i) => (x - mx) * ((ys[i] ?? 0) - my)));
  const sd = (values: readonly number[], m: number): number => Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
  return cov / (sd(xs, mx) * sd(ys, my));
}

console.log(`${path.relative(root, file)}: ${rows.length} requests, ${english.size} groups, ${classifier.name} classifier`);
console.log("lang  task accuracy   difficulty vs English: shift   corr   same tier");
let right = 0;
for (const lang of [...new Set(rows.map((row) => row.lang))]) {
  const indices = rows.flatMap((row, i) => (row.lang === lang ? [i] : []));
  const correct = indices.filter((i) => read[i]?.task.label === rows[i]?.task).length;
  right += correct;
  const pairs = indices.flatMap((i) => {
    const en = english.get(rows[i]?.group ?? -1);
    return en === undefined ? [] : [[en, i] as const];
  });
  const base = pairs.map(([en]) => read[en]?.strongProbability ?? 0);
  const here = pairs.map(([, i]) => read[i]?.strongProbability ?? 0);
  const sameTier = pairs.filter(([en, i]) => read[en]?.difficulty.label === read[i]?.difficulty.label).length;
  const accuracy = `${correct}/${indices.length} (${((100 * correct) / indices.length).toFixed(1)}%)`;
  const shift = (mean(here) - mean(base)).toFixed(3);
  const corr = lang === "en" ? "1.00" : correlation(base, here).toFixed(2);
  console.log(`${lang.padEnd(5)} ${accuracy.padEnd(16)}                        ${shift.padStart(6)}   ${corr.padStart(4)}   ${sameTier}/${pairs.length}`);
}
console.log(`all   ${right}/${rows.length} (${((100 * right) / rows.length).toFixed(1)}%)`);
if (process.argv.includes("--misses")) {
  rows.forEach((row, i) => {
    const got = read[i]?.task.label;
    if (got !== row.task) console.log(`${row.group} ${row.lang} want ${row.task} got ${got}: ${JSON.stringify(row.request.messages.at(-1)?.content).slice(0, 120)}`);
  });
}
