/**
 * Round 47's review: inputs on which the round's first guards overrode a turn's own named work (team-written, not rows
 * of any evaluation set). Each was verified wrong before the fixes.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, taskOf, u } from "./generalization-44.fixture.js";

const learned = createClassifier("learned");
const reasonOf = (messages: ChatMessage[]): string => learned.classify(messages).taskReason ?? "";

/** A run whose agent has called one tool, read its result and answered, then the turn. */
const run = (system: string, result: string, turn: string): ChatMessage[] =>
  afterTool({ system, ask: "take a look", tool: "lookup", args: "{}", result, answer: "Here is what I found." })(turn);
const coding = (turn: string): ChatMessage[] => run("You are a coding agent in the user's repository. Tools: read_file, edit_file, run_tests.", "export async function checkToken(req) {\n  const h = req.headers.authorization;\n  if (!h) throw new Error('401');\n  return verify(h.slice(7));\n}", turn);
const ops = (turn: string): ChatMessage[] => run("You are the on-call assistant for the payments team, with read-only kubectl.", "consumer-1 Running 0 restarts\nconsumer-2 Running 3 restarts\nqueue depth 12,400 and rising", turn);
const shop = (turn: string): ChatMessage[] => run("You are a shopping assistant. Tools: search_products.", "Dell U2724D  $379.99  27in 2560x1440\nLG 27UP850  $429.00  27in 3840x2160", turn);
const research = (turn: string): ChatMessage[] => run("You are a research assistant. Tools: web_search, fetch_page.", "CockroachDB: distributed SQL, serializable. Yugabyte: Postgres-compatible. Spanner: managed, TrueTime.", turn);

describe("a message to write, named inside other work", () => {
  it("leaves code, and the turn's own named task, alone", () => {
    expect(taskOf([u("write a regex for email addresses that rejects plus signs")])).toBe("code_generation");
    expect(taskOf([u("write a script to email the sales report every monday at 9")])).toBe("code_generation");
    expect(taskOf(coding("now write the message to the kafka topic 'user-events' with the user id as key"))).toBe("code_generation");
    expect(taskOf([u("Extract the action items as JSON (owner, task, due) from these notes:\nDana: I'll draft the reply to legal by Friday.\nLeo: pricing sheet to finance Tuesday.\nMaya: book the offsite venue, due end of month.")])).toBe("extraction");
  });
});

describe("a price per unit inside other work", () => {
  it("leaves a review, an extraction and a choice weighed alone", () => {
    expect(taskOf([u("Review this function, it should return the offer that is cheapest per unit but it crashes when qty is 0:\n```python\ndef best(offers):\n    return min(offers, key=lambda o: o.price / o.qty)\n```")])).toBe("code_review");
    expect(taskOf([u("We're choosing a CDN. Cloudflare is cheaper per TB ($0 vs $0.085 egress) but our security team prefers AWS-native tooling and we already pay for Shield. Which should we go with and why?")])).not.toBe("math");
    expect(taskOf([u("The 5kg bag of rice is cheaper per kg (£2.10 vs £2.80 for the 1kg) but we only use about 1kg a month and it goes stale. Is the bulk bag actually worth it for us?")])).not.toBe("math");
  });
});

describe("a result acknowledged beside new work", () => {
  it("is that work, not small talk", () => {
    expect(taskOf(coding("that fixed it. the same 401 happens on the refresh endpoint now"))).not.toBe("chat");
    expect(taskOf(coding("that worked, now deploy it to staging"))).not.toBe("chat");
    expect(taskOf(coding("good catch. the admin middleware has the same bug"))).not.toBe("chat");
    expect(taskOf(ops("that lines up. consumer-2 is now crashlooping with OOMKilled though"))).not.toBe("chat");
    expect(taskOf(coding("never mind the login test for now, the real problem is that the payment webhook has been returning 500 since this morning's release"))).not.toBe("chat");
  });
});

describe("a list of judgements after a tool's result", () => {
  it("is no extraction", () => {
    const listed = "asks a list of what the run's tools brought back";
    expect(taskOf(research("list the pros and cons of each for a team of 4 engineers"))).not.toBe("extraction");
    expect(reasonOf(research("ok now list the risks of going with cockroach"))).not.toContain(listed);
    expect(reasonOf(coding("list the edge cases this misses"))).not.toContain(listed);
  });
});

describe("everyday words in a short turn after a tool's result", () => {
  it("are no figure to work out", () => {
    expect(taskOf(shop("are those prices with tax?"))).not.toBe("math");
    expect(taskOf(shop("does the dell have a good contrast ratio?"))).not.toBe("math");
    expect(taskOf(shop("what's the average rating on amazon for the LG?"))).not.toBe("math");
    expect(taskOf(run("You are a calendar assistant. Tools: list_events, move_event.", "Tue 12:00 lunch with mom (Rosa's)\nTue 15:00 dentist", "move lunch with mom to 2pm"))).not.toBe("math");
  });
});

describe("a cause or a decision between two", () => {
  it("is not one of two values asked", () => {
    expect(reasonOf(ops("is the pool exhaustion the cause of the latency or just a symptom of slow queries?"))).not.toContain("one of two values");
    expect(reasonOf(ops("are these restarts caused by the new release or by the traffic spike?"))).not.toContain("one of two values");
    expect(reasonOf(ops("do we raise the pool limit to 100 or add a read replica?"))).not.toContain("one of two values");
    expect(reasonOf(ops("can you check whether the totals in that export are correct?"))).not.toContain("a fact put to confirm");
  });
});

describe("a software agent for a clinic", () => {
  it("stays a coding agent", () => {
    expect(taskOf(run("You are a frontend coding assistant for the Maplewood Clinic patient portal (Next.js). Tools: read_file, edit_file.", "Error: ResizeObserver is not defined\n  at PortalChart (components/chart.tsx:14)", "add the polyfill then"))).toBe("code_generation");
  });
});

describe("a summarizer's prompt that names its product", () => {
  it("still declares it", () => {
    const tickets = (system: string): ChatMessage[] => [{ role: "system", content: system }, u("Customer says the export button does nothing since Tuesday's update; they have tried two browsers and cleared the cache, and need the report for a board meeting on Friday. Account: Harbor Dental, plan Pro.")];
    expect(taskOf(tickets("Convert each support ticket into a ticket summary of three bullets."))).toBe("summarization");
    expect(taskOf(tickets("Read the ticket summary field first, then write a concise summary of the whole ticket."))).toBe("summarization");
  });
});

describe("possibilities counted", () => {
  it("are maths, not ideas", () => {
    expect(taskOf([u("Enumerate all possibilities when rolling two dice and find the probability that the sum is 7.")])).toBe("math");
  });
});

describe("a change proposed or declined with other apostrophes", () => {
  it("reads 'why not just rewrite it' as the change and a curly 'don’t just rewrite' as declined", () => {
    expect(taskOf(coding("why not just rewrite it with a trailing-edge only timer?"))).toBe("code_generation");
    expect(taskOf(coding("explain what’s wrong with it, don’t just rewrite the whole thing for me"))).not.toBe("code_generation");
  });
});
