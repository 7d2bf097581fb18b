/**
 * Per-row task predictions of both classifiers on every `training/conversation-*.jsonl` set and the single-turn
 * `test/fixtures/task-prompts*.jsonl`, as JSON lines
 * `{file, row, kind, task, heuristic, learned}`, so two builds can be diffed row by row (right → wrong).
 *
 *   npx tsx training/conversation-predictions.ts > before.jsonl   # then the same on the other build, and diff
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClassifierByName } from "../src/eval/create-classifier-by-name.js";
import { type ConversationExample, readConversationSet } from "../src/eval/conversation-set.js";

/** Single-turn prompts `{prompt, task}` as one-message conversations. */
function readPrompts(file: string): ConversationExample[] {
  const rows = readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "");
  return rows.map((line) => {
    const row = JSON.parse(line) as { prompt: string; task: string };
    return { messages: [{ role: "user", content: row.prompt }], task: row.task, kind: "single_turn" };
  });
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const files = readdirSync(path.join(root, "training")).filter((f) => /^conversation-.*\.jsonl$/.test(f)).sort();
const heuristic = await createClassifierByName("heuristic", {});
const learned = await createClassifierByName("learned", {});
const prompts = ["task-prompts.jsonl", "task-prompts-unseen.jsonl"].map((f) => path.join("test/fixtures", f));
for (const file of [...files.map((f) => path.join("training", f)), ...prompts]) {
  const examples = file.includes("task-prompts") ? readPrompts(path.join(root, file)) : readConversationSet(path.join(root, file));
  examples.forEach((example, row) => {
    const h = heuristic.classify(example.messages).task.label;
    const l = learned.classify(example.messages).task.label;
    console.log(JSON.stringify({ file, row, kind: example.kind, task: example.task, heuristic: h, learned: l }));
  });
}
