/**
 * ADR 0045: a cause asked of what an agent's tools brought back is `analysis`, in a coding agent's run too; a review
 * asked by name, a change asked, or code the user pastes into the turn keeps it code work. Team-written inputs, not
 * rows of any evaluation set: a test run, a profile, a build's output and a source file read, asked in several
 * languages and shapes, each beside its look-alike.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { agentTurn } from "./turns.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): string[] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];

const CODING = "You are a coding agent in the user's repository. You can read files, run shell commands and edit code.";
const testRun =
  "FAIL src/orders/refund.test.ts\n  ● refund › keeps the shipping fee on partial refunds\n    expected 12.5 received 0\n      at Object.<anonymous> (src/orders/refund.test.ts:41:22)\nTests: 1 failed, 212 passed, 213 total";
const profile =
  "  self%  total%  function\n  41.2    44.0   JSON.parse\n  18.7    63.1   hydrateOrders (src/orders/hydrate.ts:88)\n   9.3     9.3   gcScavenge\n   6.1    71.0   renderInvoice (src/invoice/render.ts:12)";
const sourceFile = "export function backoff(attempt: number): number {\n  const base = 200 * 2 ** attempt;\n  return Math.min(base, 30_000) + Math.random() * 100;\n}\n";
const afterTests = (ask: string): ChatMessage[] => agentTurn(CODING, "run the order tests", "bash", '{"cmd":"npm test -- orders"}', testRun, ask);
const afterProfile = (ask: string): ChatMessage[] => agentTurn(CODING, "profile the invoice export", "bash", '{"cmd":"node --cpu-prof export.js"}', profile, ask);
const afterRead = (ask: string): ChatMessage[] => agentTurn(CODING, "open src/net/backoff.ts", "read_file", '{"path":"src/net/backoff.ts"}', sourceFile, ask);

describe("a cause asked of a coding run's output", () => {
  it("is analysis after a failing test run, in the ten most-used languages", () => {
    for (const ask of [
      "why does that one fail?",
      "what failed, and is it the test or the code?",
      "¿por qué falla ese test?",
      "warum schlägt der Test fehl?",
      "pourquoi ce test échoue ?",
      "perché fallisce quel test?",
      "por que esse teste falha?",
      "почему этот тест падает?",
      "这个测试为什么失败？",
      "このテストはなんで落ちるの？",
      "이 테스트는 왜 실패해?",
    ]) {
      expect(both(afterTests(ask))[0], ask).toBe("analysis");
    }
  });
  it("is analysis over a profile and over a file the agent read", () => {
    expect(both(afterProfile("where is the time going and what's the likely culprit?"))[0]).toBe("analysis");
    expect(both(afterProfile("how come it's this slow now?"))[0]).toBe("analysis");
    expect(both(afterProfile("ok, tell me where the time goes"))[0]).toBe("analysis");
    expect(both(afterRead("why does it add a random part on top of the cap?"))[0]).toBe("analysis");
  });
});

describe("the same runs with code work asked", () => {
  it("stays code review when a review is asked by name, or a verdict on the code", () => {
    for (const ask of ["review the failing test and the refund code, why did it break?", "is this right? I can't tell why the fee goes to zero", "anything else wrong in that function while you're at it? and why 0?"]) {
      expect(both(afterTests(ask))[0], ask).toBe("code_review");
    }
  });
  it("is not analysis when a fix is asked", () => {
    expect(both(afterTests("figure out why and fix it"))[0]).not.toBe("analysis");
  });
  it("stays code review when the turn pastes the code asked about", () => {
    const pasted = "why does this return 0 on partial refunds?\n\nexport function refundFee(order: Order, partial: boolean) {\n  if (partial) return 0;\n  return order.shippingFee;\n}";
    expect(both(afterTests(pasted))[0]).toBe("code_review");
  });
  it("leaves a single prompt that asks why code throws as code review", () => {
    const prompt: ChatMessage[] = [{ role: "user", content: "Why does this Python code throw a KeyError?\n\ncounts = {}\nfor w in words:\n    counts[w] += 1" }];
    expect(both(prompt)).toEqual(["code_review", "code_review"]);
  });
});
