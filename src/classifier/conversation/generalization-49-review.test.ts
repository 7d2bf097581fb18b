/**
 * Round 49's review: inputs written by the reviewer (not rows of any evaluation set) where round 49's readings fired
 * on turns they do not describe. A recall question followed by a short ask ("what was the port again? set it to 11212"),
 * a sum or a how-to-write asked with "again" ("quanto é 17% de 2400 mesmo?", "怎么写来着？"), a verdict with an action
 * beside it ("looks good, commit it and push", "passt das so? wenn nicht, dreh …"), "ça va ?" as a greeting, a fix
 * named as a noun at the head of a turn ("Fix: …, review this diff", "sistema de descuentos: revisa …"), and a law code
 * in a system prompt ("assistant du code de la route") as a coding agent.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { inLongRun } from "./generalization-44.fixture.js";
import { asksToRecall } from "./follow-up-asks.js";
import { asksVerdict } from "./verdict-ask.js";
import { opensWithFix } from "./fix-imperative.js";
import { readAgentContext } from "./agent-context.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];

const midRun = (aside: string): ChatMessage[] => [
  ...inLongRun("the cache layer times out under load, look at the config", "read_file", '{"path":"config/cache.yml"}', "cache:\n  driver: memcached\n  timeout_ms: 50\n  pool_size: 4\n"),
  { role: "assistant", content: "The pool is 4 connections with a 50 ms timeout; I'd raise pool_size to 32." },
  { role: "user", content: aside },
];
const afterDiff = (turn: string): ChatMessage[] => [
  ...inLongRun("show me what changed on the discount branch", "bash", '{"command":"git diff main...discount"}', "diff --git a/src/price.ts b/src/price.ts\n@@ -4,3 +4,6 @@\n-  return net * 1.2;\n+  let off = 0;\n+  if (c.points > 1000) off = 0.05;\n+  return gross - gross * off;\n }"),
  { role: "user", content: turn },
];

describe("a recall question is not read over an ask beside it", () => {
  it("leaves a short ask after the question mark to the run's work", () => {
    for (const turn of ["what was the default port again? set it to 11212", "whats the timeout again? bump it to 250ms", "what's the command again? run it", "quels fichiers tu as déjà modifiés ? annule tout"]) {
      expect(asksToRecall(turn)).toBe(false);
      expect(both(midRun(turn))).not.toContain("simple_qa");
    }
  });
  it("leaves a question that goes on to ask work ('kannst du …', 'tu peux …', 'double it') to the run's work", () => {
    for (const turn of ["wie war das nochmal mit dem Pool, kannst du das für Redis genauso umbauen?", "comment tu as déjà fait pour le cache, tu peux refaire pareil pour redis ?", "how long was the timeout again? double it"]) {
      expect(asksToRecall(turn.toLowerCase())).toBe(false);
      expect(both(midRun(turn))).not.toContain("simple_qa");
    }
  });
  it("leaves a sum asked with 'again' to the sum", () => {
    expect(asksToRecall("quanto é 17% de 2400 mesmo?")).toBe(false);
    expect(asksToRecall("quick q, what's the derivative of x^3 sin(x) again?")).toBe(false);
  });
  it("leaves a how-to-write asked with a CJK recall particle to the code", () => {
    for (const turn of ["用 Python 写一个快速排序的函数，怎么写来着？", "Pythonでクイックソートってどう書くんだっけ？", "파이썬으로 퀵소트 어떻게 짜더라?"]) {
      expect(asksToRecall(turn)).toBe(false);
      expect(both(midRun(turn))).toEqual(["code_generation", "code_generation"]);
    }
  });
  it("still reads a bare recall and its short answer-shaping tail (controls)", () => {
    expect(asksToRecall("hmm right. btw what flag makes curl follow redirects again? one line")).toBe(true);
    expect(asksToRecall("顺便问一下，memcached 默认端口是多少来着？")).toBe(true);
  });
});

describe("a verdict is not read over an action asked beside it", () => {
  it("leaves 'commit it', 'if not, swap…' and '补上' to the change", () => {
    for (const turn of ["looks good, commit it and push", "Is it correct that the discount is applied after tax? If not, swap the order.", "vor dem Merge: passt das so? wenn nicht, dreh die Reihenfolge um", "合并之前把测试补上"]) {
      expect(both(afterDiff(turn))).toEqual(["code_generation", "code_generation"]);
    }
  });
  it("leaves a merge asked on a condition ('よければマージして', 'if yes, merge it') to the change", () => {
    expect(asksVerdict("これで大丈夫？よければマージして")).toBe(false);
    expect(both(afterDiff("これで大丈夫？よければマージして"))).toEqual(["code_generation", "code_generation"]);
  });
  it("does not read 'ça va ?' as a verdict", () => {
    expect(asksVerdict("merci ! ça va ?")).toBe(false);
    expect(asksVerdict("ça te paraît correct comme ça ?")).toBe(true);
  });
});

describe("a fix named as a noun at the head of a turn is no repair asked", () => {
  it("leaves a review asked of a fix, a patch or a 'sistema' to the review", () => {
    for (const turn of ["fix for the rounding bug — can you review it before I merge?", "Fix: apply discount before tax. Review this diff please", "sistema de descuentos: revisa este diff por favor"]) {
      expect(opensWithFix(turn.toLowerCase())).toBe(false);
      expect(both(afterDiff(turn))).toEqual(["code_review", "code_review"]);
    }
    // The heuristic read this one as a change before round 49 too; the learned reading is the review.
    expect(opensWithFix("patch 2 of the series: please review for edge cases")).toBe(false);
    expect(learned.classify(afterDiff("patch 2 of the series: please review for edge cases")).task.label).toBe("code_review");
    expect(opensWithFix("sistema il test che fallisce")).toBe(true);
  });
});

describe("a law code in a system prompt is no coding agent", () => {
  const declared = (system: string): boolean => readAgentContext([{ role: "system", content: system }, { role: "user", content: "salut" }], 1).agent.coding;
  it("reads 'assistant du code de la route' and 'du Code du travail' as other work", () => {
    expect(declared("Tu es un assistant du code de la route qui aide les candidats au permis de conduire.")).toBe(false);
    expect(declared("Tu es un assistant du Code du travail pour les équipes RH.")).toBe(false);
    expect(declared("Tu es un agent de code qui travaille dans le dépôt de l'application mobile.")).toBe(true);
  });
});
