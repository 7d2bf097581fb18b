/**
 * Round 40: a class of the agent misses of `training/conversation-dev-187.jsonl` (an independent writer's set), with the
 * look-alikes it must leave alone. Team-written inputs in other words, languages and shapes than the set's rows, not rows
 * of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { readConversation } from "./read-conversation.js";
import { retrievedFactGuard } from "./retrieved-fact.js";
import { screenActionGuard } from "./screen-action.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");

const KNOWLEDGE = "You are a reference assistant. Look things up before answering.";
const page =
  "Maersk — From Wikipedia\nA.P. Moller – Maersk is a Danish shipping and logistics company founded in 1904 by Arnold Peter Møller. Headquarters: Copenhagen. CEO: Vincent Clerc (since 2023). Largest shareholder: A.P. Møller Holding (41.5% of votes). Revenue: USD 51.1 billion (2023).";
/** A retrieval agent asked `ask`, looked it up, and the run ends on the page it found (or on `next` after it). */
const lookup = (ask: string, next?: string): ChatMessage[] => [
  { role: "system", content: KNOWLEDGE },
  { role: "user", content: ask },
  { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: "encyclopedia_search", arguments: '{"q":"Maersk"}' } }] },
  { role: "tool", tool_call_id: "c1", content: page },
  ...(next === undefined ? [] : [{ role: "assistant", content: "Found the page." } as ChatMessage, { role: "user", content: next } as ChatMessage]),
];
const guardOn = (messages: ChatMessage[]): string | undefined => retrievedFactGuard("extraction", readConversation(messages))?.task;

describe("a fact asked of a retrieval agent", () => {
  it("is a question, not an extraction, for both classifiers", () => {
    for (const messages of [lookup("who owns the majority of Maersk?"), lookup("who owns Maersk now")]) {
      expect(learned.classify(messages).task.label).toBe("simple_qa");
      expect(heuristic.classify(messages).task.label).toBe("simple_qa");
    }
  });
  it("reads the question word of one fact in the ten cue languages", () => {
    for (const ask of [
      "when was Maersk founded?",
      "wer leitet Maersk?",
      "¿dónde tiene su sede Maersk?",
      "quand Maersk a-t-elle été fondée ?",
      "chi è l'amministratore delegato?",
      "quem fundou a Maersk?",
      "кто владеет Maersk?",
      "谁是马士基的最大股东？",
      "どこに本社がありますか？",
      "언제 설립됐어?",
    ]) {
      expect(guardOn(lookup(ask)), ask).toBe("simple_qa");
    }
  });
  it("leaves items, fields or a format asked, a long turn and a coding agent's run to the extraction", () => {
    for (const ask of [
      "which ones are listed as shareholders?",
      "who owns what share? give me a table",
      "welche Zahlen stehen da alle drin? als JSON",
      "list every date on the page",
      "who founded it, and then walk me through the whole history of the company, its mergers, its fleet and its CEOs one by one",
    ]) {
      expect(guardOn(lookup(ask)), ask).toBeUndefined();
    }
    const coding: ChatMessage[] = [{ role: "system", content: "You are a coding agent in the user's repository." }, ...lookup("who wrote this module?").slice(1)];
    expect(guardOn(coding)).toBeUndefined();
  });
});

const BROWSER = "You operate a web browser for the user. Tools: screenshot(), click(x, y), type(text). One action per turn.";
const tree =
  '[window "Northwind Travel — My trips" focused]\n  [link "Upcoming" id=l1] [link "Past" id=l2]\n  [table "Trips" rows=2]\n    row 1: Lisbon | 2027-01-12 | Confirmed  [button "Manage" id=m1]\n    row 2: Oslo | 2027-02-03 | Pending  [button "Manage" id=m2]\n  [button "Download itinerary" id=d1 disabled=true]';
/** A computer-use agent given `ask`, whose screen read returned `screen`, the run ending there (or on `next`). */
const screenRun = (system: string, ask: string, screen: string, next?: string): ChatMessage[] => [
  { role: "system", content: system },
  { role: "user", content: ask },
  { role: "assistant", content: "", tool_calls: [{ id: "s1", type: "function", function: { name: "screenshot", arguments: "{}" } }] },
  { role: "tool", tool_call_id: "s1", content: screen },
  ...(next === undefined ? [] : [{ role: "assistant", content: "Screen read." } as ChatMessage, { role: "user", content: next } as ChatMessage]),
];
const screenGuardOn = (task: string, messages: ChatMessage[]): string | undefined => screenActionGuard(task, readConversation(messages))?.task;

describe("a computer-use run ending on the screen it read", () => {
  it("is analysis for the learned classifier (and the heuristic where it read an extraction)", () => {
    for (const ask of ["Download the itinerary for the Lisbon trip as a PDF", "Cancel the Oslo booking", "Export all confirmed trips as CSV"]) {
      expect(learned.classify(screenRun(BROWSER, ask, tree)).task.label, ask).toBe("analysis");
    }
    expect(heuristic.classify(screenRun(BROWSER, "Export all confirmed trips as CSV", tree)).task.label).toBe("analysis");
  });
  it("asks for the next action, a decision over the screen, whatever the task's words", () => {
    for (const ask of [
      "Download the itinerary for the Lisbon trip as a PDF",
      "Lade die Reiseroute für Lissabon als PDF herunter",
      "Descarga el itinerario del viaje a Lisboa en PDF",
      "把里斯本行程导出成 PDF",
    ]) {
      expect(screenGuardOn("code_generation", screenRun(BROWSER, ask, tree)), ask).toBe("analysis");
      expect(screenGuardOn("extraction", screenRun("You are a helpful assistant.", ask, tree)), ask).toBe("analysis");
    }
  });
  it("leaves a question asked after the screen, a run with no screen actions and a plain tool result alone", () => {
    expect(screenGuardOn("code_generation", screenRun(BROWSER, "Download the Lisbon itinerary", tree, "write a playwright script that does this"))).toBeUndefined();
    expect(screenGuardOn("extraction", screenRun("You are a helpful assistant.", "export my trips", "Lisbon, 2027-01-12, Confirmed\nOslo, 2027-02-03, Pending"))).toBeUndefined();
    const noScreen = lookup("who owns Maersk");
    expect(screenGuardOn("extraction", noScreen)).toBeUndefined();
  });
});
