/**
 * Twentieth round, third wave: the classes read off dev 153 and 155, in the team's own wording (never a set's row).
 * Controls (two versions of an SMS, a labelling pipeline fed a customer's question, a model's precision and recall, a
 * coding agent with a shell) check each rule's reach.
 */
import { describe, expect, it } from "vitest";
import { createClassifierByName } from "../../eval/create-classifier-by-name.js";
import { a, sys, u } from "../../../test/support/conversation-kit.js";
import { readConversation } from "./read-conversation.js";
import { modelMetricsGuard } from "./model-metrics.js";
import { looksUpRule } from "./rule-lookup.js";

const learned = await createClassifierByName("learned");
const taskOf = (...messages: Parameters<typeof learned.classify>[0]): string => learned.classify(messages).task.label;

describe("labels, fields and many options", () => {
  it("reads 'route these to' named labels, and 'put each into' bands, as labelling", () => {
    expect(taskOf(u("route these to: SALES, SUPPORT, LEGAL. one word each\n1. can I get a quote for 40 seats\n2. the export button does nothing\n3. please delete all my data under GDPR"))).toBe("classification");
    expect(taskOf(u("put each invoice into a bucket: CURRENT (not due), LATE (1-30 days), COLLECTIONS (30+). today is 2024-09-01\n\nINV-101 due 2024-09-10\nINV-102 due 2024-08-20\nINV-103 due 2024-07-15"))).toBe("classification");
  });
  it("reads fields asked per item with slashes as extraction", () => {
    expect(taskOf(sys("You are a front-desk agent. You can read attachments."), u("read the remittance and give me payer, date, and each invoice with billed / paid / short"))).toBe("extraction");
  });
  it("reads one metric word twice as no model evaluation", () => {
    expect(modelMetricsGuard("classification", readConversation([u("recall list for August: recall interval 6 months, recall due for 14 patients, 3 overdue by 2 months")]))).toBeUndefined();
    expect(modelMetricsGuard("classification", readConversation([u("our classifier: precision 0.91, recall 0.62 on 2,000 emails")]))?.task).toBe("analysis");
  });
  it("reads ten alternatives of a headline as ideas, and two versions of an SMS as the SMS", () => {
    expect(taskOf(u("write a tagline for our bike repair van"), a("Fixed on the spot, rolling in no time."), u("too long. give me like 12 alternatives, shorter and funnier"))).toBe("brainstorming");
    expect(taskOf(u("write 2 versions of the reminder SMS for tomorrow's vaccination clinic, max 160 characters"))).toBe("creative_writing");
  });
});

describe("lookups asked of agents and among figures", () => {
  it("reads a rate asked of a tariff classification agent that looked it up as a lookup", () => {
    const messages = [
      sys("You are a tariff classification assistant for a customs broker."),
      u("we have the ceramic mugs under 6912.00.4400, what's the general duty rate?"),
      { role: "assistant" as const, content: null, tool_calls: [{ id: "c1", type: "function" as const, function: { name: "hts_lookup", arguments: '{"hts":"6912.00.4400"}' } }] },
      { role: "tool" as const, tool_call_id: "c1", content: "6912.00.4400 | Mugs and other steins | General: 9.8% | Special: Free (A, AU, CL)" },
    ];
    expect(taskOf(...messages)).toBe("simple_qa");
  });
  it("keeps a labelling pipeline's question as the text to label", () => {
    expect(taskOf(sys("Classify each customer message as BILLING, TECH or OTHER. Reply with the label only."), u("what's the current interest rate on your savings account?"))).toBe("classification");
  });
  it("names a standard strength and a general rate as lookups", () => {
    expect(looksUpRule("what's the standard proof for gin in the uk?")).toBe(true);
    expect(looksUpRule("what's the applicable vat rate on children's shoes?")).toBe(true);
  });
  it("reads 'show me the formula' over figures as maths", () => {
    expect(taskOf(u("boiling 6 gallons, want 5.5 after a 60 minute boil at 1 gallon per hour evaporation. how much water do I start with? show me the formula"))).toBe("math");
  });
});

describe("agents that are not coding agents, and Arabizi judgements", () => {
  it("reads a drive listed by an HR agent as no coding agent, and a shell as one", () => {
    const listed = { role: "assistant" as const, content: null, tool_calls: [{ id: "l1", type: "function" as const, function: { name: "list_files", arguments: '{"folder":"CVs"}' } }] };
    const shell = { role: "assistant" as const, content: null, tool_calls: [{ id: "b1", type: "function" as const, function: { name: "bash", arguments: '{"cmd":"ls"}' } }] };
    expect(readConversation([sys("You are an HR assistant."), u("list the CVs"), listed, { role: "tool", tool_call_id: "l1", content: "a.pdf\nb.pdf" }]).agent.coding).toBe(false);
    expect(readConversation([sys("You are an assistant."), u("what's in here?"), shell, { role: "tool", tool_call_id: "b1", content: "src\ntest" }]).agent.coding).toBe(true);
  });
  it("reads Egyptian and Lebanese Arabizi asks for a judgement as analysis", () => {
    expect(taskOf(u("ya gama3a 3andi 3ardein sho8l: wa7ed fel tagamo3 b 12 alf, w wa7ed remote b 10 alf. anhy a7san w leh?"))).toBe("analysis");
  });
});
