/**
 * Round 39: classes of the misses of `training/conversation-dev-187.jsonl` and `-188.jsonl` (an independent writer's
 * sets), each with the look-alike it must leave alone. Team-written inputs in other words, languages and shapes than the
 * sets' rows, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { artifactAskGuard } from "./artifact-ask.js";
import { readConversation } from "./read-conversation.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const heuristicTaskOf = (messages: ChatMessage[]): string => heuristic.classify(messages).task.label;

const OPS = "You are an operations assistant with read-only access to the production cluster, its logs and its metrics.";
const SUPPORT = "You are a support assistant. You can read tickets and search the knowledge base.";
/** An agent asked `ask`, called `tool`, got `result`, said it had the data, and the user asked `next`. */
const run = (system: string, ask: string, tool: string, result: string, next: string): ChatMessage[] => [
  { role: "system", content: system },
  { role: "user", content: ask },
  { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: tool, arguments: "{}" } }] },
  { role: "tool", tool_call_id: "c1", content: result },
  { role: "assistant", content: "I have the output." },
  { role: "user", content: next },
];

describe("a piece of code or configuration asked in an agent's run", () => {
  const log =
    "2026-11-30T08:01:12Z ERROR worker: redis timeout after 5000ms\n2026-11-30T08:01:13Z WARN  worker: retrying job 8812 (attempt 3)\n2026-11-30T08:01:19Z ERROR worker: redis timeout after 5000ms\n--- container restarted (exit 1) restarts=9";
  const ticket = '{"id": 5512, "subject": "Uploads fail over 10 MB", "body": "nginx returns 413 for any file above 10 MB since Monday"}';
  it("is code to write, in several languages, whatever the run's tools returned", () => {
    for (const next of [
      "write me a Grafana alert rule that fires when the worker restarts more than 3 times in 10 minutes",
      "ok, draft the redis-cli commands to check the maxclients setting and the slowlog",
      "also generate a systemd unit for the worker so it restarts with backoff",
      "schreib mir die Alert-Regel für mehr als drei Neustarts in zehn Minuten",
      "escríbeme el comando para ver las conexiones abiertas de redis",
      "écris-moi la règle d'alerte pour plus de trois redémarrages en dix minutes",
      "напиши правило алерта на больше трёх рестартов за десять минут",
      "写一个告警规则：十分钟内重启超过三次就报警",
    ]) {
      expect(taskOf(run(OPS, "the worker keeps restarting, check it", "get_logs", log, next)), next).toBe("code_generation");
    }
    expect(taskOf(run(SUPPORT, "next ticket", "get_ticket", ticket, "Write the nginx config block that raises the upload limit to 50 MB for /upload only."))).toBe("code_generation");
    expect(heuristicTaskOf(run(SUPPORT, "next ticket", "get_ticket", ticket, "Write the nginx config block that raises the upload limit to 50 MB for /upload only."))).toBe("code_generation");
  });
  it("is code to write when a named function is rewritten over the code a tool brought", () => {
    const diff = "diff --git a/src/auth.ts b/src/auth.ts\n+export function checkToken(t: string) {\n+  return t.length > 0;\n+}";
    expect(taskOf(run("You are a code review bot.", "review PR 88", "get_diff", diff, "rewrite checkToken so it verifies the signature"))).toBe("code_generation");
  });
  it("but a text for people, a diagnosis or a question about the artifact is no code to write", () => {
    expect(taskOf(run(OPS, "the worker keeps restarting, check it", "get_logs", log, "Write a two-line status update for the #ops channel, no jargon."))).not.toBe("code_generation");
    expect(taskOf(run(OPS, "the worker keeps restarting, check it", "get_logs", log, "what's going on with the worker?"))).not.toBe("code_generation");
    expect(taskOf(run(OPS, "the worker keeps restarting, check it", "get_logs", log, "do we even have an alert rule for this?"))).not.toBe("code_generation");
  });
  it("and outside an agent's run the rule does not read the turn", () => {
    expect(artifactAskGuard(readConversation([{ role: "user", content: "write the alert rule and a short note on why" }]))).toBeUndefined();
    expect(artifactAskGuard(readConversation(run(OPS, "check it", "get_logs", log, "write the alert rule and a short note on why")))?.task).toBe("code_generation");
  });
});
