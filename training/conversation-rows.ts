/**
 * Per-row predictions of both classifiers on every conversation set, and a row-by-row diff against an earlier dump
 * (right → wrong and wrong → right), so a change can be checked for regressions on each set, not only on totals.
 *
 *   npx tsx training/conversation-rows.ts --out before.json [--files a.jsonl,b.jsonl]
 *   npx tsx training/conversation-rows.ts --out after.json --diff before.json [--weights FILE]
 * Without --files it reads the development conversation sets only: a held-back set (`*held-back*`) is scored once at
 * the end of a round with conversation-eval.ts, never dumped row by row, so it has to be named to be read here.
 * @module
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClassifierByName } from "../src/eval/create-classifier-by-name.js";
import { readPreviewRequest } from "../src/server/doors/read-preview-request.js";
import { readConversationSet } from "../src/eval/conversation-set.js";
import type { ChatMessage } from "../src/core/types.js";

type Dump = Record<string, { task: string; kind: string; heuristic: string; learned: string }[]>;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const files =
  arg("files")?.split(",") ??
  readdirSync(path.join(root, "training"))
    .filter((name) => name.startsWith("conversation-") && name.endsWith(".jsonl") && !name.includes("held-back"))
    .map((name) => `training/${name}`);
const weights = arg("weights");
const classifiers = {
  heuristic: await createClassifierByName("heuristic", {}),
  learned: await createClassifierByName("learned", weights ? { weightsFile: path.resolve(weights) } : {}),
};
const dump: Dump = {};
/** Single-turn prompt sets (`{"prompt", "task"}` lines) are read as one-message conversations. */
const readSet = (file: string): { messages: ChatMessage[]; task: string; kind: string }[] =>
  file.includes("task-prompts")
    ? readFileSync(path.resolve(root, file), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as { prompt: string; task: string })
        .map((row) => ({ messages: [{ role: "user", content: row.prompt }], task: row.task, kind: "single" }))
    : readConversationSet(path.resolve(root, file), (request) => readPreviewRequest(request).request.messages);
for (const file of [...files.sort(), "test/fixtures/task-prompts.jsonl", "test/fixtures/task-prompts-unseen.jsonl"]) {
  const rows = readSet(file).map((example) => ({
    task: example.task,
    kind: example.kind,
    heuristic: classifiers.heuristic.classify(example.messages).task.label,
    learned: classifiers.learned.classify(example.messages).task.label,
  }));
  dump[file] = rows;
  const score = (name: "heuristic" | "learned"): string => `${((rows.filter((row) => row[name] === row.task).length / Math.max(1, rows.length)) * 100).toFixed(1)}%`;
  console.log(`${file.padEnd(48)} n=${String(rows.length).padStart(3)}  learned ${score("learned").padStart(6)}  heuristic ${score("heuristic").padStart(6)}`);
}
const out = arg("out");
if (out !== undefined) writeFileSync(out, JSON.stringify(dump));
const before = arg("diff");
if (before !== undefined) {
  const old = JSON.parse(readFileSync(before, "utf8")) as Dump;
  for (const [file, rows] of Object.entries(dump)) {
    rows.forEach((row, i) => {
      const was = old[file]?.[i];
      if (was === undefined) return;
      for (const name of ["learned", "heuristic"] as const) {
        if (was[name] === row.task && row[name] !== row.task) console.log(`RIGHT→WRONG ${name} ${file}#${i + 1} [${row.kind}] ${row.task} → ${row[name]}`);
        if (was[name] !== row.task && row[name] === row.task) console.log(`wrong→right ${name} ${file}#${i + 1} [${row.kind}] ${was[name]} → ${row.task}`);
      }
    });
  }
}
