/**
 * Round 41b: classes of the misses of `training/conversation-dev-189.jsonl`, with the look-alikes each must leave alone.
 * Team-written inputs in other words, languages and shapes than the set's rows, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = [learned, heuristic];

/** A user turn, the assistant's answer, then `next`. */
const afterTurn = (first: string, answer: string, next: string): ChatMessage[] => [
  { role: "user", content: first },
  { role: "assistant", content: answer },
  { role: "user", content: next },
];

describe("another language's cue that an English conversation already named its subject with", () => {
  it("is the subject's name, not a creative ask", () => {
    const asks = [
      afterTurn("we model the order lifecycle as a saga across payments and shipping", "Good, each step needs a compensating action.", "argue whether the saga is still correct if the shipping service acks twice and the payment refund is delayed by an hour"),
      afterTurn("our ledger team wants to replace the 2PC coordinator with a saga", "That removes the blocking coordinator but makes intermediate states visible.", "is it true that the saga keeps the total balance constant at every moment? give me a proof or a counterexample"),
    ];
    for (const messages of asks) for (const classifier of both) expect(classifier.classify(messages).task.label).not.toBe("creative_writing");
  });
  it("leaves the cue to a turn in its own language and to an English ask for one", () => {
    expect(learned.classify(afterTurn("vi läste en saga igår kväll", "Vad trevligt!", "skriv en ny saga om samma troll, kort")).task.label).toBe("creative_writing");
    expect(learned.classify([{ role: "user", content: "skriv en saga om en drake som är rädd för eld" }]).task.label).toBe("creative_writing");
    expect(learned.classify(afterTurn("I love Nordic tales.", "They are wonderful.", "write me a saga about a dragon who is afraid of fire")).task.label).toBe("creative_writing");
  });
});
