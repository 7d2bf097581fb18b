/**
 * ADR 0030: a diagnosis of a running system from its logs or figures, with no code under review, is `analysis`; a
 * review, debugging or fix of code the user shows stays `code_review` or `code_generation`. Team-written inputs, not
 * rows of any evaluation set, in several languages and in the three shapes (an ops agent's tool log, a pasted log, a
 * system's figures), each with the look-alike that shows code.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { agentTurn } from "./turns.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): string[] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];
const user = (content: string): ChatMessage[] => [{ role: "user", content }];

const queueLog =
  "22:10:04 mailer-worker-2 INFO picked batch 8812 (500 messages)\n22:10:09 mailer-worker-2 WARN smtp relay 10.4.1.7:587 slow handshake 4812ms\n22:10:41 mailer-worker-2 ERROR smtp relay 10.4.1.7:587 connection refused\n22:10:41 mailer-worker-2 ERROR batch 8812 failed, requeued\n22:11:12 mailer-worker-3 ERROR smtp relay 10.4.1.7:587 connection refused";
const onCall = (next: string): ChatMessage[] =>
  agentTurn("You are the on-call assistant for the messaging platform. You can read logs; you cannot change anything.", "newsletters didn't go out tonight, check the mailer logs", "search_logs", "{}", queueLog, next);

describe("a diagnosis read from a running system's log, no code shown", () => {
  it("is analysis after an ops agent's tool brought the log, in several languages", () => {
    for (const next of ["so why didn't they go out?", "what's the root cause here", "¿por qué falló el envío?", "warum ist das schiefgegangen?", "pourquoi ça a planté ?", "为什么发送失败了？", "なんで失敗したの？", "왜 실패한 거야?"]) {
      expect(both(onCall(next)), next).toEqual(["analysis", "analysis"]);
    }
  });
  it("is analysis for a pasted job log with an infrastructure failure", () => {
    const pasted =
      "the nightly export job died again, why?\n\n[01:00:02] export-job #311 started on runner build-04\n[01:00:40] fetched 1.2M rows from warehouse\n[01:07:13] runner build-04: disk usage 99% (/tmp)\n[01:07:14] ERROR write failed: no space left on device\n[01:07:14] export-job #311 FAILED after 7m12s";
    expect(both(user(pasted))).toEqual(["analysis", "analysis"]);
  });
  it("is analysis for a service's figures before and after a deploy", () => {
    const figures = "since we rolled out 7.3 of the search service the p95 went from 210 ms to 890 ms and memory per pod from 600 MB to 1.4 GB, traffic is the same. what happened?";
    expect(both(user(figures))).toEqual(["analysis", "analysis"]);
  });
});

describe("the same questions with code under review stay code work", () => {
  it("a pasted function with a stack trace into it, asked why, is code review", () => {
    const trace =
      'why does this crash?\n\nTraceback (most recent call last):\n  File "billing/invoice.py", line 48, in total\n    return sum(line.amount for line in lines) / count\nZeroDivisionError: division by zero\n\ndef total(lines):\n    count = len([l for l in lines if l.billable])\n    return sum(line.amount for line in lines) / count';
    expect(both(user(trace))).toEqual(["code_review", "code_review"]);
  });
  it("a slow query with the SQL shown is code review", () => {
    const query = "why is this so slow? 9 seconds on 30M rows\n\nSELECT c.id, count(o.id) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE date(o.created_at) = '2026-11-30' GROUP BY c.id;";
    expect(both(user(query))[0]).toBe("code_review");
  });
  // ADR 0045: the cause asked of what the run's tools brought back is analysis, in a coding agent's run too.
  it("a coding agent asked why after the tests it ran failed is analysis (ADR 0045)", () => {
    const run = agentTurn(
      "You are a coding agent working in the user's repository. Use the tools to read files, run commands and edit code.",
      "run the tests",
      "bash",
      '{"cmd": "npm test"}',
      "FAIL src/cart.test.ts\n  ● cart › applies the discount once\n    expected 90 received 81\n      at Object.<anonymous> (src/cart.test.ts:22:18)\nTests: 1 failed, 41 passed",
      "why does that fail?",
    );
    expect(both(run)[0]).toBe("analysis");
  });
  it("asked to fix it, the on-call log is still read as it was (no code change is review)", () => {
    expect(both(onCall("can you summarize the errors for the incident channel?"))[0]).toBe("summarization");
  });
});
