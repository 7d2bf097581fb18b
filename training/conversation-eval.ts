/**
 * Task accuracy per kind (follow_up, language, agent, numeric) of both classifiers, as shipped
 * (reading whole conversations), on the team's held-back conversations — never trained on.
 *
 *   npx tsx training/conversation-eval.ts [--file training/conversation-held-back.jsonl] [--weights FILE] [--misses]
 * @module
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClassifierByName } from "../src/eval/create-classifier-by-name.js";
import { readPreviewRequest } from "../src/server/doors/read-preview-request.js";
import { evaluateConversationSet, readConversationSet } from "../src/eval/conversation-set.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const file = path.resolve(root, arg("file") ?? "training/conversation-held-back.jsonl");
// A held-back set is scored, never read: its misses would be a look at rows nobody may study.
if (process.argv.includes("--misses") && path.basename(file).includes("held-back")) {
  console.error("--misses is refused on a held-back set: score it (accuracy only), never read its rows.");
  process.exit(2);
}
const weights = arg("weights");
const examples = readConversationSet(file, (request) => readPreviewRequest(request).request.messages);
for (const name of ["heuristic", "learned"]) {
  const classifier = await createClassifierByName(name, weights ? { weightsFile: path.resolve(weights) } : {});
  const result = evaluateConversationSet(examples, classifier);
  const kinds = Object.entries(result.per_kind).map(([kind, r]) => `${kind} ${(r.accuracy * 100).toFixed(1)}% (${r.n})`);
  console.log(`${name}: ${(result.accuracy * 100).toFixed(1)}% of ${result.n} — ${kinds.join(", ")}`);
  if (process.argv.includes("--misses")) for (const m of result.misses) console.log(`  [${m.kind}] ${m.task} → ${m.predicted}: ${JSON.stringify(m.last)}`);
}
