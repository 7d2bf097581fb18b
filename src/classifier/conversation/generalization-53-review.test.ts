/**
 * Round 53's review: where the round's readings must not fire (inputs written for this review, not rows of any set).
 * A host action whose object merely holds a text or time word ("restart the mail server", "reboot web-2 this
 * afternoon", "reinicia mi servidor") is still the action; a taste, a verdict or a question about the assistant put with
 * a "right?" tag of any of the ten languages is small talk, no fact; a property of functions ("which are convex and which
 * concave?") is maths, no sorting of a tool's items; praise after an offer ("ok, nice", "yes, very clear") is no consent
 * with a tone; a question or a declined change in a coding run stays its review; a diagnosis of a CI report's failures
 * is no sorting; a status update written to a table is no message.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, inLongRun, u } from "./generalization-44.fixture.js";
import { consentWithManner } from "./consent-with-manner.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];

const OPS = "You are the SRE assistant for the mail team. You may run read-only commands on hosts over ssh_exec.";
const queue = Array.from({ length: 20 }, (_, i) => `Dec 06 11:${String(i).padStart(2, "0")}:40 mx-1 postfix/qmgr[902]: warning: mail queue 41${i} messages deferred`).join("\n");
const inspected = afterTool({ system: OPS, ask: "mx-1 is slow to deliver, check postfix", tool: "ssh_exec", args: '{"host":"mx-1","command":"journalctl -u postfix --since -1h | tail -n 20"}', result: queue });

describe("a host action whose object holds a text or time word", () => {
  it("stays the action on the host (en, es, fr)", () => {
    for (const turn of ["ok, restart the mail server", "clear the text cache on mx-1", "ok, kill the notes service", "reboot mx-1 this afternoon", "ok restart it every day at 3am", "vale, reinicia mi servidor", "limpia mi disco", "redémarre-moi le serveur"]) {
      expect(both(inspected(turn)), turn).toEqual(["code_generation", "code_generation"]);
    }
    // The learned classifier settles these two on other readings than small talk, which the guard leaves (as on main).
    for (const turn of ["ok, flush the mail queue", "restart it this evening"]) expect(heuristic.classify(inspected(turn)).task.label, turn).toBe("code_generation");
  });
  it("still asks no change of a text, the writer's time or the writer (en, es, fr)", () => {
    for (const turn of ["alright, kill the jargon", "vale, limpia el texto", "ok, just free up my afternoon", "ok, clear my calendar", "d'accord, relance-moi demain"]) {
      expect(learned.classify(inspected(turn)).task.label, turn).not.toBe("code_generation");
    }
  });
});

const KB = "You are a support assistant. Search the knowledge base before answering.";
const policy = afterTool({ system: KB, ask: "what's the policy on moving a booking?", tool: "search_kb", args: '{"q":"move booking"}', result: "Article 31: Bookings can be moved free of charge up to 48 hours before the start. Later moves cost 20% of the fare. Group bookings cannot be moved online." });

describe("a taste, a verdict or a question about the assistant, put with a tag", () => {
  it("is no fact put to confirm (en, de, fr, it, es, zh, ja)", () => {
    for (const turn of ["that's a ridiculous rule to have, right?", "das ist doch total unfair, oder?", "c'est vraiment nul comme règle, n'est-ce pas ?", "questa regola è bellissima, vero?", "la mejor política de todas, ¿verdad? jaja", "这个规定太离谱了，对吧？", "このルールひどいよね", "you're not a real person, right?"]) {
      expect(heuristic.classify(policy(turn)).taskReason ?? "", turn).not.toMatch(/a fact put to confirm/);
    }
  });
  it("still reads a fact put to confirm", () => {
    expect(both(policy("so a group booking can't be moved online at all, right?"))).toEqual(["simple_qa", "simple_qa"]);
    expect(heuristic.classify(policy("also kostet eine Umbuchung einen Tag vorher 20 Prozent, oder?")).task.label).toBe("simple_qa");
  });
});

describe("a property of functions a tool listed", () => {
  const notes = afterTool({ system: "You are a study assistant. You can search the course notes.", ask: "pull up the functions from lecture 4", tool: "search_notes", args: '{"q":"lecture 4"}', result: "1. f(x)=x^2\n2. g(x)=-x^2+3\n3. h(x)=e^x\n4. k(x)=log x\n5. m(x)=|x|" });
  it("is no sorting of the items (en, es, de)", () => {
    for (const turn of ["which are convex and which are concave?", "which are increasing and which are decreasing?", "¿cuáles son crecientes y cuáles decrecientes?", "welche sind konvex und welche konkav?"]) {
      expect(both(notes(turn)), turn).not.toContain("classification");
    }
  });
});

describe("praise after an offer", () => {
  it("is no consent with a tone (en, es, ru)", () => {
    for (const turn of ["ok, nice", "ok, very nice", "yes, very clear", "да, просто"]) expect(consentWithManner(turn), turn).toBe(false);
    const answered = [u("what happened to order 44?"), { role: "assistant" as const, content: "It left the depot this morning. Would you like me to write a short email to the customer about it?" }, u("ok, nice")];
    expect(learned.classify(answered).taskReason ?? "").not.toMatch(/accepts the offer/);
  });
  it("still consents with a length or tone word beside the praise", () => {
    for (const turn of ["yes nice, short", "sí, claro, breve y formal", "sim, pode escrever, bem simpático"]) expect(consentWithManner(turn), turn).toBe(true);
  });
});

describe("a review turn opening with a change verb in a coding run", () => {
  const CODING = "You are Claude Code, Anthropic's official CLI for Claude. You are an interactive CLI tool that helps users with software engineering tasks.";
  const read = (turn: string): ChatMessage[] => [
    ...inLongRun("look at parsePort in src/config.ts", "Read", '{"file_path":"src/config.ts"}', "export function parsePort(s: string): number {\n  return Number(s);\n}").map((m) => (m.role === "system" ? { ...m, content: CODING } : m)),
    { role: "assistant", content: "parsePort just calls Number(s): '' gives 0 and 'abc' gives NaN." },
    u(turn),
  ];
  it("is not turned to the change when it asks a question or declines the change (en)", () => {
    for (const turn of ["change nothing, just tell me what's wrong with it", "do nothing yet, what's the bug?", "use your judgement: is the error handling ok?", "handle it? i think the error is elsewhere"]) {
      expect(learned.classify(read(turn)).taskReason ?? "", turn).not.toMatch(/asks a change/);
    }
  });
  it("still reads the change asked (ru, en)", () => {
    expect(learned.classify(read("добавь валидацию диапазона с ошибкой и тест на это")).task.label).toBe("code_generation");
    expect(learned.classify(read("add a guard that throws an error on NaN")).task.label).toBe("code_generation");
  });
});

describe("failures a CI tool reported, asked which are real", () => {
  const ci = afterTool({ system: "You are a CI assistant. You can fetch test reports with get_report.", ask: "get the last nightly report", tool: "get_report", args: '{"run":"nightly"}', result: "FAILED test_login_timeout (3/10 runs)\nFAILED test_checkout_total (10/10 runs)\nFAILED test_upload_big (1/10 runs)\nFAILED test_search_accents (10/10 runs)" });
  it("is a diagnosis, no sorting (en, de, es)", () => {
    for (const turn of ["which are flaky and which are real failures?", "welche sind wackelig und welche echte Fehler?", "¿cuáles son inestables y cuáles son fallos reales?"]) {
      expect(both(ci(turn)), turn).not.toContain("classification");
    }
  });
});

describe("a status update written to a store", () => {
  it("is no message to write", () => {
    expect(heuristic.classify([u("write the status update to the status_updates table after each deploy")]).task.label).not.toBe("creative_writing");
    expect(heuristic.classify([u("write a short status update for the customers about the outage")]).task.label).toBe("creative_writing");
  });
});

describe("a taste put with a tag of another language, over any reading", () => {
  it("is no fact put to confirm (es, en)", () => {
    expect(heuristic.classify(policy("entonces ¿es mejor reservar con tiempo, verdad?")).taskReason ?? "").not.toMatch(/a fact put to confirm/);
    expect(heuristic.classify(policy("you guys really hate group bookings, right?")).taskReason ?? "").not.toMatch(/a fact put to confirm/);
  });
});
