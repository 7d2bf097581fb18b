import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { textKey } from "../text-memo.js";
import { createLearnedClassifier } from "./learned-classifier.js";
import { MAX_PREVIOUS_CHARS, previousReading, readPrevious } from "./previous-reading.js";

/** New string objects with the same characters, as each request's `JSON.parse` gives. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A coding agent's system prompt, longer than the 2,000 characters read, made distinct by `seed`. */
function agentPrompt(seed: number): string {
  const lines = [
    `You are agent ${seed}, a software engineering assistant working in a terminal.`,
    "Read the code before you edit it, run the narrowest test that would catch a mistake, and summarise what you changed.",
    "Translate error messages for the user when they ask, and explain stack traces in plain words.",
    "Never commit unless asked. Write a failing test first when you fix a bug. Prefer small functions.",
  ];
  let text = "";
  for (let i = 0; text.length < 3 * MAX_PREVIOUS_CHARS; i++) text += `${lines[(i + seed) % lines.length]} (${seed}.${i})\n`;
  return text;
}

function conversation(system: string): ChatMessage[] {
  return [
    { role: "system", content: system },
    { role: "user", content: "The settle step runs twice when the client aborts a stream. Find out why and fix it." },
    { role: "assistant", content: "Reading the relay.", tool_calls: [{ id: "c1", type: "function", function: { name: "read_file", arguments: "{\"path\":\"src/relay.ts\"}" } }] },
    { role: "tool", tool_call_id: "c1", content: "export function relay(stream) {\n  stream.on('abort', settle);\n  stream.on('close', settle);\n}" },
  ];
}

describe("the earlier turns' reading, remembered by text", () => {
  const classifier = createLearnedClassifier();

  it("remembers a reading: a copy of the text gets the same reading object, equal to reading the text afresh", () => {
    const previous = agentPrompt(1).slice(0, MAX_PREVIOUS_CHARS).toLowerCase();
    const first = previousReading(previous);
    expect(previousReading(copy(previous))).toBe(first);
    expect(first).toStrictEqual(readPrevious(previous));
    expect(first.words.length).toBeGreaterThan(100);
    expect(first.cues.length + first.cueHits.length).toBeGreaterThan(0);
  });

  it("scores a conversation the same to the bit read afresh and from memory, also after the memory was filled", () => {
    const messages = conversation(agentPrompt(2));
    const fresh = classifier.classify(messages);
    const remembered = classifier.classify(copy(messages));
    expect(remembered).toStrictEqual(fresh);
    // 300 other prompts push this one out of the memory (128 held): read afresh again, and again from memory.
    for (let seed = 100; seed < 400; seed++) classifier.classify(conversation(agentPrompt(seed)));
    expect(classifier.classify(copy(messages))).toStrictEqual(fresh);
    expect(classifier.classify(copy(messages))).toStrictEqual(fresh);
  });

  it("keeps apart two prompts whose texts share the memory's key", () => {
    const a = agentPrompt(3);
    // The same length and the same sampled characters (every 133rd or so), different words in between.
    const swap = "translate this stack trace";
    const at = a.indexOf("read the code".slice(0, 1).toUpperCase() + "ead the code");
    const b = `${a.slice(0, at + 1)}${swap}${a.slice(at + 1 + swap.length)}`;
    const [previousA, previousB] = [a, b].map((text) => text.slice(0, MAX_PREVIOUS_CHARS).toLowerCase()) as [string, string];
    expect(previousB).not.toBe(previousA);
    expect(textKey(previousB)).toBe(textKey(previousA));
    expect(readPrevious(previousB)).not.toStrictEqual(readPrevious(previousA));
    const freshA = classifier.classify(conversation(a));
    const freshB = classifier.classify(conversation(b));
    expect(previousReading(copy(previousB))).toStrictEqual(readPrevious(previousB));
    expect(classifier.classify(copy(conversation(a)))).toStrictEqual(freshA);
    expect(classifier.classify(copy(conversation(b)))).toStrictEqual(freshB);
  });
});
