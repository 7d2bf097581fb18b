/**
 * Twenty-ninth round: classes read off a fresh development set (`training/conversation-dev-169.jsonl`), each with the
 * look-alike it must leave alone. Team-written inputs, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { readNumericDomain } from "./numeric-domain.js";
import { findCues } from "./cue-matcher.js";
import type { ChatMessage } from "../../core/types.js";
import { afterText, agentTurn } from "./turns.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[], classifier = learned): string => classifier.classify(messages).task.label;
const one = (text: string): ChatMessage[] => [{ role: "user", content: text }];

describe("interest compounding at a period", () => {
  it("reads 'compounding yearly' with a rate and a sum as a sum to work out", () => {
    const text = "The building society's fixed bond pays 3.6% a year, compounding yearly. If my dad locks away £12,000 for 4 years, what does he walk away with, and how much is growth?";
    expect(readNumericDomain(text.toLowerCase()).math).toBe(true);
    for (const classifier of [learned, heuristic]) expect(taskOf(one(text), classifier)).toBe("math");
  });

  it("leaves a question what compounding means a lookup", () => {
    expect(taskOf(one("My bank's savings account says the interest is compounding daily. What does that actually mean?"))).toBe("simple_qa");
  });
});

describe("the code just written, traced on an input", () => {
  const code = "```python\ndef split(total, people):\n    share = round(total / people, 2)\n    return [share] * people\n```";
  const ask = "python function that splits a bill between friends, rounding to cents";

  it("reads 'walk through what it does when …' as a review of the code", () => {
    for (const classifier of [learned, heuristic]) expect(taskOf(afterText(ask, "walk through what it does when people is 0", code), classifier)).toBe("code_review");
    expect(taskOf(afterText(ask, "step through it with a total of 10 and 3 people", code))).toBe("code_review");
  });

  it("leaves a walk-through of a recipe alone", () => {
    const soup = "1. Soften an onion in olive oil. 2. Add two tins of tomatoes and 500 ml stock. 3. Simmer 15 minutes, blend, season.";
    for (const classifier of [learned, heuristic]) expect(taskOf(afterText("recipe for a quick tomato soup", "walk through what happens if I skip the blending", soup), classifier)).not.toBe("code_review");
  });
});

describe("figures put into a few sentences, and who said what", () => {
  it("reads 'put this in a few plain sentences' after a tool's table as a summary", () => {
    expect(findCues("could you put this in a few plain sentences for the club?").some((cue) => cue.task === "summarization" && cue.strong)).toBe(true);
    const hives = "hive | weight kg | brood temp °C | activity\nA | 41.2 | 34.9 | high\nB | 38.7 | 35.1 | high\nC | 29.4 | 33.2 | low\nD | 40.1 | 34.8 | medium";
    const messages = agentTurn("You are the assistant for a beekeeping club's hive scales.", "this week's hive readings", "hive_readings", "{\"days\": \"7\"}", hives, "can you put this in a few plain sentences for the newsletter? most members won't read a table");
    for (const classifier of [learned, heuristic]) expect(taskOf(messages, classifier)).toBe("summarization");
  });

  it("leaves a few sentences to be written from nothing alone", () => {
    expect(findCues("write a few plain sentences about our bakery for the website").some((cue) => cue.task === "summarization")).toBe(false);
  });

  it("reads 'who said what about …' after notes as extraction", () => {
    const notes = "Notes from the parents' committee: Aisha wants the fair moved to June; Piotr says the hall is booked until July; Mei suggests the school field; Aisha agrees if it doesn't rain.";
    const summary = "The committee discussed moving the fair; the hall is booked until July and the field was suggested as an alternative.";
    for (const classifier of [learned, heuristic]) expect(taskOf(afterText(notes, "who said what about the date? name first", summary), classifier)).toBe("extraction");
  });

  it("leaves who said a quotation a lookup", () => {
    expect(findCues("who said 'the only thing we have to fear is fear itself'?").some((cue) => cue.task === "extraction")).toBe(false);
  });
});
