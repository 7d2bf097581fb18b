/**
 * Thirty-seventh round: classes of `training/conversation-dev-181.jsonl`'s agent misses, each with the look-alike it
 * must leave alone. Team-written inputs in other words than the set's rows, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { agentTurn } from "./turns.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const heuristicTaskOf = (messages: ChatMessage[]): string => heuristic.classify(messages).task.label;

const CODING = "You are a coding agent in the user's repository. Use the tools to read files, run commands and edit code.";
const source =
  "export function parseInvoice(raw: string): Invoice {\n  const rows = raw.split(\"\\n\");\n  return { id: rows[0], lines: rows.slice(1).map(parseLine) };\n}\nexport function parseLine(row: string): Line {\n  const [sku, qty] = row.split(\";\");\n  return { sku, qty: Number(qty) };\n}\nexport const MAX_LINES = 500;";
/** A coding agent that read `src/invoice/parse.ts`, then the user's `next` turn. */
const afterRead = (next: string): ChatMessage[] => agentTurn(CODING, "open src/invoice/parse.ts", "read_file", '{"path": "src/invoice/parse.ts"}', source, next);

describe("the project's items asked for as a list or a table in a coding agent's run", () => {
  it("is extraction, not a change to make", () => {
    for (const next of [
      "which symbols does this file export? I need the list for the changelog",
      "give me every exported name and its kind as a table",
      "dame los nombres exportados en una tabla, nada más",
      "gib mir die exportierten Funktionen als Liste",
      "把导出的函数列成表给我",
    ]) {
      expect(taskOf(afterRead(next)), next).toBe("extraction");
    }
  });
  it("but a change asked with the list, or a list of what is broken, stays code work", () => {
    expect(taskOf(afterRead("add the missing export for parseLine and give me the list of exports after"))).toBe("code_generation");
    expect(taskOf(afterRead("list the bugs in parseLine and fix them"))).not.toBe("extraction");
  });
});

describe("a correctness argued or proved in a coding agent's run", () => {
  it("is reasoning, not a change to make", () => {
    for (const next of [
      "does parseLine handle every row shape? argue it rigorously, or show me a counterexample",
      "demuestra que parseInvoice nunca devuelve más de MAX_LINES líneas, o dame un contraejemplo",
      "beweise, dass parseLine für jede Zeile mit genau einem Semikolon korrekt ist",
      "证明一下这个解析对所有输入都成立，或者给个反例",
    ]) {
      expect(taskOf(afterRead(next)), next).toBe("deep_reasoning");
    }
  });
  it("but a proof asked as a test to add stays a change", () => {
    expect(taskOf(afterRead("write a property test that proves parseLine round-trips"))).toBe("code_generation");
  });
});

describe("an acknowledgement that opens an ask in a coding agent's run", () => {
  it("is the ask its verb names", () => {
    expect(taskOf(afterRead("ok summarize what this file does"))).toBe("summarization");
    expect(heuristicTaskOf(afterRead("ok summarize what this file does"))).toBe("summarization");
  });
  it("but thanks alone stays small talk", () => {
    expect(taskOf(afterRead("ok great, thanks!"))).toBe("chat");
  });
});

describe("a review asked in French with 'relire'", () => {
  it("is code review in a coding agent's run", () => {
    expect(taskOf(afterRead("tu peux relire ce fichier avant que je merge ?"))).toBe("code_review");
  });
});

describe("ideas and sums asked in a few words", () => {
  const bill = "service | monthly\nbuild runners | 6,400\nlog storage | 3,100\nstaging cluster | 9,800\nCDN | 1,250";
  const ops = (next: string): ChatMessage[] => agentTurn("You are a FinOps assistant with read access to the billing export.", "what are we paying per service", "billing_query", "{}", bill, next);
  it("'brain dump' asks for ideas", () => {
    expect(taskOf(ops("staging is way too expensive. brain dump every way we could bring it down, we'll sort later"))).toBe("brainstorming");
  });
  it("'do the proration' asks for the sum", () => {
    const plan = "plan: team, 12 seats at 19.00/seat/month, billing day the 1st. change: 5 seats added on the 19th of a 30-day month.";
    expect(taskOf(agentTurn("You are a billing assistant.", "what changed on acme's plan", "get_subscription", "{}", plan, "ok do the prorating and show the steps"))).toBe("math");
  });
});

describe("how the day felt, told to an agent at the end of its run", () => {
  const queue = "ticket | status\nT-1182 | closed\nT-1183 | closed\nT-1187 | escalated";
  const support = (next: string): ChatMessage[] => agentTurn("You are a support desk assistant with access to the ticket queue.", "close out what's done", "list_tickets", "{}", queue, next);
  it("is small talk", () => {
    expect(taskOf(support("that's me done, my shift is over. today was rough"))).toBe("chat");
    expect(taskOf(support("finally. been fighting with the printer all day, what a week"))).toBe("chat");
  });
  it("but the same feelings with an ask are the ask", () => {
    expect(taskOf(support("what a day. can you summarize what got escalated for the night shift?"))).toBe("summarization");
  });
});

describe("dev-182's shapes of the same classes, in a coding agent's run", () => {
  it("a soundness or an interleaving asked is reasoning", () => {
    expect(taskOf(afterRead("is it sound if two workers call parseInvoice on the same buffer? show me a concrete interleaving that breaks it, if any"))).toBe("deep_reasoning");
    expect(taskOf(afterRead("reason through the order these parsers run in and tell me which pairs can race"))).toBe("deep_reasoning");
  });
  it("items grouped by a field, or a table's columns named first, are extraction", () => {
    expect(taskOf(afterRead("list the exported functions grouped by module, with their line numbers"))).toBe("extraction");
    expect(taskOf(afterRead("table: function name, parameters, return type"))).toBe("extraction");
  });
  it("a figure worked out from the turn's numbers is maths, unless a change is asked", () => {
    expect(taskOf(afterRead("we parse about 40,000 invoices an hour with 3 workers. how long will it take to backfill 2.6 million? show the arithmetic"))).toBe("math");
    expect(taskOf(afterRead("we parse about 40,000 invoices an hour with 3 workers. add a fourth worker to the pool config"))).toBe("code_generation");
  });
});
