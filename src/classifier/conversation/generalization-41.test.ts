/**
 * Round 41: classes of the misses of `training/conversation-dev-187.jsonl` … `-190.jsonl` (independent writers' sets),
 * with the look-alikes each must leave alone. Team-written inputs in other words, languages and shapes than the sets'
 * rows, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");

const CODE = "```python\nimport unicodedata\n\ndef slugify(s: str) -> str:\n    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()\n    return '-'.join(s.lower().split())\n```";
/** A request for code, the code, then `next`. */
const afterCode = (next: string): ChatMessage[] => [
  { role: "user", content: "write a python slugify function" },
  { role: "assistant", content: CODE },
  { role: "user", content: next },
];
const afterPoem = (next: string): ChatMessage[] => [
  { role: "user", content: "Write a four-line poem about the first snow" },
  { role: "assistant", content: "White hush on the roofs,\nthe street forgets its noise,\na dog writes its name,\nthe morning keeps the rest." },
  { role: "user", content: next },
];

describe("a language named with a noun of text after code", () => {
  it("asks about the text the code handles, not for an answer in that language", () => {
    for (const next of ["中文字符也能处理吗？", "日本語の文字も大丈夫？", "한글 글자도 돼?", "cyrillic characters too?", "what about chinese characters?"]) {
      expect(learned.classify(afterCode(next)).task.label, next).not.toBe("translation");
      expect(heuristic.classify(afterCode(next)).task.label, next).not.toBe("translation");
    }
  });
  it("leaves a language named alone, or with 'in', to the translation", () => {
    for (const next of ["中文", "日本語で", "french?", "now in korean", "한국어로"]) {
      expect(learned.classify(afterPoem(next)).task.label, next).toBe("translation");
    }
  });
});
