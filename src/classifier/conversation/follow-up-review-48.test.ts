/**
 * Round 48 review: hostile shapes for the follow-up path (an anchor or a context of 300k tokens, long chains of
 * follow-ups, assistant turns without text, an assistant that reports an email it fetched). Team-written inputs.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassifier } from "../classifier.js";
import { createLearnedClassifier } from "../learned/learned-classifier.js";
import { createClassifier } from "../create-classifier.js";
import { readingConversations } from "./conversation-classifier.js";
import { messageText } from "../conversation-text.js";
import { answeredShape } from "./answered-work.js";

const u = (content: string): ChatMessage => ({ role: "user", content });
const a = (content: string): ChatMessage => ({ role: "assistant", content });
const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");

/** Characters of conversation text the base classifier is given, over one decision. */
function charsRead(messages: ChatMessage[]): number {
  const base = createLearnedClassifier();
  let chars = 0;
  const counting: ConversationClassifier = { name: base.name, classify: (turns) => ((chars += turns.reduce((sum, turn) => sum + messageText(turn).length, 0)), base.classify(turns)) };
  readingConversations(counting).classify(messages);
  return chars;
}

/** About 1.2M characters of notes: a pasted document as long as the 300k-token bench's. */
const longNotes = Array.from({ length: 12_000 }, (_, i) => `Note ${i}: the supplier shipped ${i % 17} crates late and the invoice was wrong again.`).join("\n");

describe("a consent to an offer after a very long conversation", () => {
  it("reads the conversation's text at most once more than the turn's own reading (no whole second reading per offer)", () => {
    const conversation = [u(`${longNotes}\n\nWhat do these notes say about the supplier?`), a("They are late about a third of the time and invoice wrongly. Want me to write a short complaint letter to them?"), u("yes go ahead")];
    const total = conversation.reduce((sum, turn) => sum + messageText(turn).length, 0);
    expect(charsRead(conversation)).toBeLessThan(1.2 * total);
  });
});

describe("follow-ups in long chains", () => {
  it("200 turns of 'shorter', with a system prompt and no first ask, are read without recursion", () => {
    const chain: ChatMessage[] = [{ role: "system", content: "You edit text." }];
    for (let i = 0; i < 200; i++) chain.push(u(i % 3 === 0 ? "shorter" : i % 3 === 1 ? "go ahead" : "more"), a(`Version ${i}. Want me to make it shorter?`));
    chain.push(u("shorter"));
    expect(() => learned.classify(chain)).not.toThrow();
    expect(() => heuristic.classify(chain)).not.toThrow();
  });
  it("assistant turns with content parts, null content or only tool calls are read as no answer shape, not a crash", () => {
    const conversation: ChatMessage[] = [
      u("what's the weather in Lisbon this weekend?"),
      { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "weather", arguments: "{}" } }] },
      { role: "tool", tool_call_id: "c1", content: "Sat 21C sunny; Sun 18C rain" },
      { role: "assistant", content: [{ type: "text", text: "- Saturday: 21°C, sunny\n- Sunday: 18°C, rain\n- Monday: 19°C, cloudy" }] },
      u("more"),
    ];
    expect(() => learned.classify(conversation)).not.toThrow();
  });
});

describe("an assistant that reports an email it fetched", () => {
  const inbox: ChatMessage[] = [
    { role: "system", content: "You are an inbox assistant. Use the tools to read the user's mail." },
    u("did the billing team write back about the March invoice?"),
    { role: "assistant", content: "", tool_calls: [{ id: "m1", type: "function", function: { name: "search_mail", arguments: '{"q":"invoice march"}' } }] },
    { role: "tool", tool_call_id: "m1", content: '[{"from":"billing@acme.com","subject":"Re: March invoice","body":"Hi Sam, the credit note is attached."}]' },
    a("Subject: Re: March invoice\nFrom: billing@acme.com\nDate: 4 Dec\n\nThey wrote back: the credit note for March is attached and the balance is now zero."),
    u("and the other one?"),
  ];
  it("is not another piece of writing when the user asks about the other mail (the quoted headers are no letter)", () => {
    expect(learned.classify(inbox).task.label).not.toBe("creative_writing");
    expect(heuristic.classify(inbox).task.label).not.toBe("creative_writing");
  });
});

describe("shapes of an answer that are no letter and no list of ideas", () => {
  it("a cron mail's log under a subject line is not a letter", () => {
    const cron = [u("why did the mail job fail last night?"), a("Subject: cron <root@mx1> /usr/local/bin/send-digest\n\nsmtp: 451 4.7.1 try again later\nexit status 75\nThe relay refused the connection; it will retry."), u("and the other one?")];
    expect(learned.classify(cron).task.label).not.toBe("creative_writing");
    expect(heuristic.classify(cron).task.label).not.toBe("creative_writing");
  });
  it("a letter whose greeting carries its first line after a colon is still a letter", () => {
    expect(answeredShape(a("Subject: Team offsite\n\nHi all: quick update on the offsite.\n\nWe moved it to the 14th.\n\nThanks,\nRia"))).toBe("creative_writing");
  });
  it("numbered steps of a plan for code are not a list of ideas to have more of", () => {
    const plan = [
      u("how would you add retries to our http client?"),
      a("Here's the plan:\n1. Add a `retry` option to HttpClient's constructor\n2. Wrap `send()` in a loop with exponential backoff\n3. Stop on 4xx except 429\n4. Add tests for the 429 and 503 cases"),
      u("any more?"),
    ];
    expect(learned.classify(plan).task.label).not.toBe("brainstorming");
    expect(heuristic.classify(plan).task.label).not.toBe("brainstorming");
  });
});
