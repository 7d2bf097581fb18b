import path from "node:path";
import { describe, expect, it } from "vitest";
import { createClassifierByName } from "./create-classifier-by-name.js";
import { evaluateConversationSet, readConversationSet } from "./conversation-set.js";
import { normalizePrompt } from "./held-out-sets.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const heldBack = readConversationSet(path.join(repoRoot, "training/conversation-held-back.jsonl"));
const training = readConversationSet(path.join(repoRoot, "training/conversation-examples.jsonl"));
const KINDS = ["agent", "follow_up", "language", "numeric"];

const userTexts = (messages: readonly { role: string; content?: unknown }[]): string[] =>
  messages.filter((m) => m.role === "user" && typeof m.content === "string").map((m) => normalizePrompt(m.content as string));

describe("the team's held-back conversations", () => {
  it("hold every kind, and no user turn of theirs is in the training conversations", () => {
    for (const kind of KINDS) expect(heldBack.filter((e) => e.kind === kind).length, kind).toBeGreaterThanOrEqual(20);
    const trained = new Set(training.flatMap((e) => userTexts(e.messages)));
    // Generic follow-ups ("go ahead and make the change") occur in both by nature; requests must not.
    const leaked = heldBack.flatMap((e) => userTexts(e.messages)).filter((t) => t.length > 40 && trained.has(t));
    expect(leaked).toEqual([]);
  });

  // Floors a little under the measured accuracies (docs/routing-quality.md), to catch regressions.
  it("are read right at least 85% of the time per kind by both classifiers", async () => {
    for (const [name, floor] of [["learned", 0.85], ["heuristic", 0.85]] as const) {
      const result = evaluateConversationSet(heldBack, await createClassifierByName(name));
      for (const kind of KINDS) expect(result.per_kind[kind]?.accuracy, `${name} ${kind}`).toBeGreaterThanOrEqual(floor);
    }
  });
});
