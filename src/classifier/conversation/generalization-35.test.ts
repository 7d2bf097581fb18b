/**
 * Thirty-fifth round: classes read off a fresh development set of agent conversations
 * (`training/conversation-dev-179.jsonl`), each with the look-alike it must leave alone. Team-written inputs, not rows of
 * any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { agentTurn } from "./turns.fixture.js";
import { fieldNames } from "./field-list.js";
import { figuresOfResultsGuard } from "./figures-of-results.js";
import { readConversation } from "./read-conversation.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const heuristicTaskOf = (messages: ChatMessage[]): string => heuristic.classify(messages).task.label;

/** A tool-using assistant that fetched `result` for `ask` (the shared agent turn, no arguments), then the user's `next` turn. */
const afterTool = (system: string, ask: string, tool: string, result: string, next: string): ChatMessage[] => agentTurn(system, ask, tool, "{}", result, next);

describe("a bare list of field names after a tool result", () => {
  const rental = afterTool(
    "You are a travel assistant with access to the user's reservations.",
    "get my car rental for porto",
    "get_reservation",
    "Rental: Compact (VW Polo or similar)\nPick-up: Porto Airport (OPO), desk 4, 22 Dec 2026 10:30\nDrop-off: 29 Dec 2026 10:30\nReservation code: EUR-7731-PQ\nDeposit: €300 on credit card\nFuel policy: full to full\nInsurance: basic CDW, excess €1,200",
    "",
  );
  const withTurn = (next: string): ChatMessage[] => [...rental.slice(0, -1), { role: "user", content: next }];
  it("is an extraction of those fields", () => {
    for (const next of [
      "pick-up desk, reservation code, deposit. thats all",
      "reservation code, pick-up time and fuel policy",
      "deposit, excess, fuel policy — nothing else",
      "code, desk, time, thats all i need",
    ]) {
      expect(taskOf(withTurn(next)), next).toBe("extraction");
      expect(heuristicTaskOf(withTurn(next)), next).toBe("extraction");
    }
  });
  it("but pleasantries, actions, questions and sentences are not field lists", () => {
    expect(fieldNames("ok, thanks, bye")).toBeUndefined();
    expect(fieldNames("go ahead, book it, thanks")).toBeUndefined();
    expect(fieldNames("deposit, excess, fuel policy — which one matters most?")).toBeUndefined();
    expect(fieldNames("the deposit seems high, can i pay it in cash")).toBeUndefined();
    expect(fieldNames("deposit and excess")).toBeUndefined();
    expect(fieldNames("perfecto, nada más, gracias")).toBeUndefined();
    expect(fieldNames("super, c'est tout, bonne soirée")).toBeUndefined();
    expect(fieldNames("sortali in urgenti, normali e spam")).toBeUndefined();
    expect(fieldNames("用这三条，帮我写成一段简短的周报，发群里")).toBeUndefined();
    expect(taskOf(withTurn("ok, thanks, bye"))).toBe("chat");
  });
  it("and a coding agent's list of names stays with the code", () => {
    const coding = afterTool(
      "You are a coding agent in a TypeScript repository. You can read and edit files.",
      "show me the user model",
      "read_file",
      "export interface User {\n  id: string;\n  email: string;\n}",
      "name, avatar url and created at",
    );
    expect(taskOf(coding)).not.toBe("extraction");
  });
  it("and without a tool result a list of words is not read as fields", () => {
    const plain: ChatMessage[] = [{ role: "user", content: "salt, pepper, garlic. thats it" }];
    expect(taskOf(plain)).not.toBe("extraction");
  });
});

describe("a good-morning to a coding agent", () => {
  const agent = (text: string): ChatMessage[] => [
    { role: "system", content: "You are a coding agent in the user's Django repository. You can run the tests and edit files." },
    { role: "user", content: text },
  ];
  it("is small talk", () => {
    for (const text of ["good morning! how are you today?", "mornin 🙂 how r u", "gm! 😴"]) {
      expect(taskOf(agent(text)), text).toBe("chat");
      expect(heuristicTaskOf(agent(text)), text).toBe("chat");
    }
  });
  it("but a morning with an ask is the ask", () => {
    expect(taskOf(agent("morning! add a created_at field to the Invoice model"))).toBe("code_generation");
  });
});

describe("a percentage, lift or average asked of a tool's table of figures", () => {
  const table = "team | q3_tickets | q4_tickets\nbilling | 1210 | 1544\nshipping | 2390 | 2105\naccounts | 640 | 702\nreturns | 980 | 1311";
  const after = (next: string, system = "You are a support analytics assistant with read-only access to the ticket warehouse."): ChatMessage[] =>
    afterTool(system, "tickets per team, q3 vs q4", "run_sql", table, next);
  it("is maths", () => {
    for (const next of ["which team went up the most in %?", "whats the change for each team as a percentage", "e in media quanti ticket per team?", "в среднем по командам скока выходит в q4?"]) {
      expect(figuresOfResultsGuard("analysis", readConversation(after(next)))?.task, next).toBe("math");
    }
    expect(taskOf(after("which team went up the most in %?"))).toBe("math");
  });
  it("but a why-question, a coding agent or a result without figures is left alone", () => {
    expect(figuresOfResultsGuard("analysis", readConversation(after("why did returns jump so much in %?")))).toBeUndefined();
    const coding = "You are a coding agent in a Python repository. You can run scripts and edit files.";
    expect(figuresOfResultsGuard("analysis", readConversation(after("which team went up the most in %?", coding)))).toBeUndefined();
    const words = afterTool("You are a support assistant.", "any notes on the billing team?", "get_notes", "Billing moved to the new queue tool last month.", "how much did that change in %?");
    expect(figuresOfResultsGuard("simple_qa", readConversation(words))).toBeUndefined();
  });
});
