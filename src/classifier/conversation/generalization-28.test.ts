/**
 * Twenty-eighth round: classes read off a fresh development set (`training/conversation-dev-167.jsonl`), each with the
 * look-alike it must leave alone. Team-written inputs, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { readConversationCached } from "./read-conversation.js";
import { readNumericDomain } from "./numeric-domain.js";
import { findCues } from "./cue-matcher.js";
import { detectFollowUp } from "./follow-up.js";
import type { ChatMessage } from "../../core/types.js";
import { afterText, agentTurn } from "./turns.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[], classifier = learned): string => classifier.classify(messages).task.label;

describe("code run in an agent's tool, or a document read by one", () => {
  const traceback =
    "---------------------------------------------------------------------------\nKeyError                                  Traceback (most recent call last)\nCell In[4], line 2\n----> 2 totals = df.groupby('month')['amount'].sum()\nKeyError: 'amount'\n\ndf.columns -> Index(['month', 'amount_eur', 'store'], dtype='object')";

  it("reads a notebook assistant whose cell failed with a traceback as a coding agent", () => {
    const messages = agentTurn("You are a data notebook helper. You can run cells in the user's kernel.", "sum the amounts per month", "run_cell", "{\"source\": \"totals = df.groupby('month')['amount'].sum()\"}", traceback, "the column is amount_eur, use that and chart it per store too");
    expect(readConversationCached(messages).agent.coding).toBe(true);
    for (const classifier of [learned, heuristic]) expect(taskOf(messages, classifier)).toBe("code_generation");
  });

  it("does not read an order tool's JSON as code run", () => {
    const messages = agentTurn("You are the shop's order assistant.", "where is order 5512?", "lookup_order", "{\"id\": \"5512\"}", "{\"id\": \"5512\", \"status\": \"shipped\", \"carrier\": \"UPS\"}", "ok thanks, when will it arrive?");
    expect(readConversationCached(messages).agent.coding).toBe(false);
  });

  it("does not read a document opened by read_file as a codebase", () => {
    const lease = "COMMERCIAL LEASE ... 3. Rent. EUR 4,200 per month, due on the 1st; late payment after 10 days incurs 5%. 7. Break clause. Tenant may terminate after 36 months with 6 months' notice. 12. Deposit. Three months' rent, returned within 60 days of handover.";
    const messages = agentTurn("You are a paralegal assistant for a property firm.", "open the Dockside lease", "read_file", "{\"path\": \"uploads/dockside_lease_v4.pdf\"}", lease, "list every amount and deadline in it with the clause number, as JSON");
    expect(readConversationCached(messages).agent.coding).toBe(false);
    expect(taskOf(messages)).toBe("extraction");
    const source = agentTurn("You are a paralegal assistant for a property firm.", "open the lease parser", "read_file", "{\"path\": \"src/lease_parser.py\"}", "def parse(text):\n    return text.split('\\n')", "why does it drop clause 12?");
    expect(readConversationCached(source).agent.coding).toBe(true);
  });
});

describe("how the code just written behaves on an input", () => {
  const regex = "Use `^[A-Z]{3}-\\d{2,4}$` (case-sensitive): three capital letters, a hyphen, then two to four digits.";

  it("reads 'would it match …?' after a regex as a review of it", () => {
    for (const text of ["will it catch ids with a trailing space like 'ABC-123 '?", "would it still match 'ABC-0042'? run it mentally"]) {
      for (const classifier of [learned, heuristic]) expect(taskOf(afterText("regex for our ticket ids like ABC-123", text, regex), classifier), text).toBe("code_review");
    }
  });

  it("leaves a change asked of the code a change", () => {
    expect(taskOf(afterText("regex for our ticket ids like ABC-123", "can it also accept lowercase ids?", regex))).toBe("code_generation");
  });
});

describe("the figures weighed", () => {
  it("names analysis by what mattered most and by the story in the numbers", () => {
    expect(findCues("which of those mattered most, in your view?").some((cue) => cue.task === "analysis" && cue.strong)).toBe(true);
    const causes = "Historians cite the drought of 1931–32, grain requisitions, the collapse of livestock herds, and the closure of the region's borders.";
    expect(taskOf(afterText("what caused the famine in the region?", "which of those mattered most though? I have to defend one in class", causes))).toBe("analysis");
    const table = "store | visits | basket € | returns %\nNorth | 12,400 | 31.20 | 2.1\nCentre | 18,900 | 24.80 | 6.4\nSouth | 7,300 | 38.90 | 1.8";
    expect(taskOf([{ role: "user", content: `${table}\nwhat's the story here? which store needs attention?` }])).toBe("analysis");
  });

  it("leaves a story asked for a story", () => {
    expect(taskOf([{ role: "user", content: "tell me a bedtime story about a fox who counts stars" }])).toBe("creative_writing");
  });
});

describe("reported spreads read, a total checked", () => {
  it("reads standard deviations reported with a survey as figures to interpret", () => {
    const text = "Staff survey (1–5, n=340): 'I feel heard' mean 2.9, sd 1.4; 'My workload is fair' mean 2.4, sd 0.8; 'I'd recommend working here' mean 3.6, sd 1.2. Where should management start, and what do the standard deviations tell us?";
    expect(readNumericDomain(text.toLowerCase()).math).toBe(false);
    expect(taskOf([{ role: "user", content: text }])).toBe("analysis");
  });

  it("keeps a standard deviation asked to be found maths", () => {
    for (const text of ["find the standard deviation of 4, 8, 15, 16, 23 and 42", "what's the sample standard deviation here: 12, 15, 11, 19"]) {
      expect(readNumericDomain(text).math, text).toBe(true);
      expect(taskOf([{ role: "user", content: text }]), text).toBe("math");
    }
  });

  it("reads a bill's total asked to be checked against its rates as a sum", () => {
    const text = "Water bill: 38 m³ at €2.14 per m³, fixed charge €18.50 for the quarter, VAT 9%. The total says €108.82. Is that right?";
    expect(readNumericDomain(text.toLowerCase()).compute).toBe(true);
    expect(taskOf([{ role: "user", content: text }])).toBe("math");
  });
});

describe("a longer turn led by an edit of the text just written", () => {
  const note = "Dear Aunt Rosa, thank you so much for the lovely scarf. It's already my favourite. Love, Mia";

  it("reads the edit with its details as the same work", () => {
    const text = "go ahead and make it warmer, she raised me after mum died, and mention that I'll visit at Easter with the kids";
    expect(detectFollowUp(text)?.kind).toBe("act");
    for (const classifier of [learned, heuristic]) expect(taskOf(afterText("write a short thank-you note to my aunt for a scarf", text, note), classifier)).toBe("creative_writing");
    expect(detectFollowUp("make it third person, 60 words, and add that she also coaches the under-12 football team")?.kind).toBe("inherit");
  });

  it("leaves a language named, or a narrowing with figures of its own, to the turn", () => {
    const sms = "Free goat and sheep vaccination 4-8 March at your ward livestock office. Come early with your animals.";
    expect(taskOf(afterText("SMS for livestock keepers: free vaccination 4-8 March at the ward office, come early. Max 160 characters.", "ok now the Hausa version, keep it under 160 characters if you can", sms))).toBe("translation");
    expect(detectFollowUp("e só em matemática? média 5,8 → 5,7, aprovação de 70% para 61%, e a dispersão também caiu bastante")).toBeUndefined();
  });
});

describe("other languages: a rewrite and a difference asked", () => {
  it("names the Turkish rewrite and the Tagalog difference question", () => {
    const turkish = "Şu mesajı daha kibar bir dille yeniden yazar mısın? 'toplantıya gelemiyorum, notları atın'";
    expect(findCues(turkish.toLowerCase()).some((cue) => cue.task === "creative_writing" && cue.strong)).toBe(true);
    expect(taskOf([{ role: "user", content: turkish }])).toBe("creative_writing");
    const tagalog = "Magandang gabi po! Ano po ang pinagkaiba ng 'kina' at 'nina'? Hindi ko po maintindihan.";
    expect(findCues(tagalog.toLowerCase()).some((cue) => cue.task === "simple_qa" && cue.strong)).toBe(true);
    expect(taskOf([{ role: "user", content: tagalog }])).toBe("simple_qa");
  });
});
