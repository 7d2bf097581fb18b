/**
 * Task-type accuracy of the heuristic classifier on labelled prompts it was not written from:
 * the non-held-out rows of `../shared/data/routing/task-type-candidates.csv` (held-out sources are
 * skipped, see data/README.md), the team's own `test/fixtures/task-prompts.jsonl`, and
 * `task-prompts-unseen.jsonl`, written after the rules and never used to tune them.
 *
 * Run: `npx tsx bench/routing/task-accuracy.ts [--errors]`
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createHeuristicClassifier } from "../../src/classifier/index.js";
import { parseCsv } from "./parse-csv.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Sources of task-type-candidates.csv that data/README.md holds out for evaluation only. */
const HELD_OUT_SOURCES = new Set(["mt_bench", "arena_hard_v2.0", "wizardlm_testset"]);

interface Labelled {
  prompt: string;
  label: string;
  source: string;
}

function loadCandidates(): Labelled[] {
  const file = path.resolve(repoRoot, "../shared/data/routing/task-type-candidates.csv");
  const [header, ...rows] = parseCsv(readFileSync(file, "utf8"));
  const column = (name: string): number => header?.indexOf(name) ?? -1;
  const [source, prompt, label] = [column("source"), column("prompt"), column("suggested_router_label")];
  return rows
    .map((row) => ({ source: row[source] ?? "", prompt: row[prompt] ?? "", label: row[label] ?? "" }))
    .filter((row) => row.label !== "" && !HELD_OUT_SOURCES.has(row.source));
}

function loadFixture(name: string): Labelled[] {
  const file = path.resolve(repoRoot, "test/fixtures", name);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { prompt: string; task: string })
    .map((row) => ({ prompt: row.prompt, label: row.task, source: "fixture" }));
}

function report(name: string, rows: Labelled[], showErrors: boolean): void {
  const classifier = createHeuristicClassifier();
  const confusion = new Map<string, Map<string, number>>();
  let correct = 0;
  for (const row of rows) {
    const predicted = classifier.classify([{ role: "user", content: row.prompt }]).task.label;
    if (predicted === row.label) correct++;
    else if (showErrors) console.log(`  ${row.label} -> ${predicted}: ${row.prompt.slice(0, 140).replace(/\s+/g, " ")}`);
    const byPredicted = confusion.get(row.label) ?? new Map<string, number>();
    byPredicted.set(predicted, (byPredicted.get(predicted) ?? 0) + 1);
    confusion.set(row.label, byPredicted);
  }
  console.log(`\n${name}: ${correct}/${rows.length} = ${((100 * correct) / rows.length).toFixed(1)}%`);
  for (const [label, byPredicted] of [...confusion].sort()) {
    const total = [...byPredicted.values()].reduce((a, b) => a + b, 0);
    const others = [...byPredicted]
      .filter(([predicted]) => predicted !== label)
      .sort((a, b) => b[1] - a[1])
      .map(([predicted, count]) => `${predicted} ${count}`)
      .join(", ");
    const right = byPredicted.get(label) ?? 0;
    console.log(`  ${label.padEnd(17)} ${String(right).padStart(4)}/${String(total).padEnd(4)} ${others ? `wrong: ${others}` : ""}`);
  }
}

const showErrors = process.argv.includes("--errors");
report("task-type-candidates.csv (non-held-out rows)", loadCandidates(), showErrors);
report("test/fixtures/task-prompts.jsonl", loadFixture("task-prompts.jsonl"), showErrors);
// Written after the rules were tuned and never used to tune them: the honest generalization number.
report("test/fixtures/task-prompts-unseen.jsonl", loadFixture("task-prompts-unseen.jsonl"), showErrors);
