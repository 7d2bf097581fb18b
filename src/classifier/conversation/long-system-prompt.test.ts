import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { CODING_AGENT_DECLARATION, MIN_PROMPT_CHARS, withPromptsDeclared } from "./long-system-prompt.js";

const RULES = " Keep answers short. Never print secrets. Use the tools before you answer. Times in UTC.".repeat(8);
const user: ChatMessage = { role: "user", content: "what's the default port again?" };

describe("a long system prompt read as its declaration", () => {
  it("reads a coding agent's prompt as the one-line declaration, another agent's as its opening sentence", () => {
    const coding = withPromptsDeclared([{ role: "system", content: `You are Quill, an assistant for software engineering tasks in the user's repository.${RULES}` }, user]);
    expect(coding[0]).toEqual({ role: "system", content: CODING_AGENT_DECLARATION });
    const onCall = withPromptsDeclared([{ role: "system", content: `You are an on-call assistant for the payments team.${RULES}` }, user]);
    expect(onCall[0]).toEqual({ role: "system", content: "You are an on-call assistant for the payments team." });
    expect(onCall[1]).toBe(user);
  });
  it("keeps a short prompt, and a pipeline's prompt, whole", () => {
    const short: ChatMessage[] = [{ role: "system", content: "You are a helpful assistant." }, user];
    expect(withPromptsDeclared(short)).toBe(short);
    const pipeline: ChatMessage[] = [{ role: "system", content: `You are a translation engine. Translate every message the user sends from German into English.${RULES}` }, { role: "user", content: "Wo ist meine Lieferung?" }];
    expect(`${RULES}`.length).toBeGreaterThan(MIN_PROMPT_CHARS);
    expect(withPromptsDeclared(pipeline)).toBe(pipeline);
  });
  it("answers the same array from memory, and reads an array changed in place again", () => {
    const messages: ChatMessage[] = [{ role: "system", content: `You are an on-call assistant for the payments team.${RULES}` }, user];
    const first = withPromptsDeclared(messages);
    expect(withPromptsDeclared(messages)).toBe(first);
    messages[0] = { role: "system", content: `You are a support agent for Northwind.${RULES}` };
    expect(withPromptsDeclared(messages)[0]).toEqual({ role: "system", content: "You are a support agent for Northwind." });
  });
});

describe("the opening sentence past the prompt's markup", () => {
  it("skips headings, tags and rules before the sentence", () => {
    const messages: ChatMessage[] = [{ role: "system", content: `# Role\n<persona>\n---\nYou are the returns assistant of Northwind Outfitters.\n${RULES}` }, user];
    expect(withPromptsDeclared(messages)[0]).toEqual({ role: "system", content: "You are the returns assistant of Northwind Outfitters." });
  });
});
