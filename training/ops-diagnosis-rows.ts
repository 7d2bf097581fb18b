/**
 * Finds the rows of the team's sets that ask a diagnosis of a running system from its logs or figures with no code
 * under review (ADR 0030): a code_review or analysis label, a log or a system's figures in the latest turn or a tool
 * result, a diagnosis asked (why, what broke, the cause), and no code shown (source, a diff, a stack frame into code).
 * Prints each as `file:line label | latest turn`, for a person to check before relabelling. Held-back files are never read.
 *
 *   npx tsx training/ops-diagnosis-rows.ts [--label code_review]
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readPreviewRequest } from "../src/server/doors/read-preview-request.js";
import { readConversationCached } from "../src/classifier/conversation/read-conversation.js";
import { readsSystemEvidence, showsCodeUnderReview } from "../src/classifier/conversation/ops-diagnosis.js";
import { normalizeToolBlocks } from "../src/classifier/conversation/tool-blocks.js";
import type { ChatMessage } from "../src/core/types.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const i = process.argv.indexOf("--label");
const label = i >= 0 ? process.argv[i + 1] : "code_review";
const files = readdirSync(path.join(root, "training"))
  .filter((name) => (name.startsWith("conversation-") || name.startsWith("parallel-languages-")) && name.endsWith(".jsonl") && !name.includes("held-back"))
  .map((name) => `training/${name}`)
  .sort();
const prompts = ["training/task-examples.jsonl", "training/strong-need-examples.jsonl", "test/fixtures/task-prompts.jsonl", "test/fixtures/task-prompts-unseen.jsonl"];
for (const file of [...files, ...prompts]) {
  const lines = readFileSync(path.join(root, file), "utf8").split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const row = JSON.parse(line) as { request?: Record<string, unknown>; prompt?: string; task: string };
    if (row.task !== label) return;
    const raw = row.request ? (readPreviewRequest(row.request).request.messages as ChatMessage[]) : [{ role: "user" as const, content: row.prompt ?? "" }];
    const messages = normalizeToolBlocks(raw);
    const reading = readConversationCached(messages);
    if (!readsSystemEvidence(reading) || showsCodeUnderReview(reading)) return;
    const latest = reading.latestLower;
    const head = latest.replace(/\s+/g, " ").slice(0, 110);
    console.log(`${file}:${index + 1} ${reading.agent.coding ? "agentC" : reading.agent.toolMessages > 0 ? "agent " : "      "} | ${head}`);
  });
}
