import { describe, expect, it } from "vitest";
import { chunkWithTextContent, completionWithTextContent } from "./library-answer-text.js";
import type { ChatCompletionBody } from "./routing/fallback/run-chat-completion.js";
import type { StreamChunk } from "./routing/fallback/stream-chunk.js";

describe("the library's answers with a provider's odd extra choices", () => {
  it("passes a null or non-object extra choice on as it came, where it threw a TypeError after the answer was paid for", () => {
    const body = { id: "x", choices: [{ index: 0, message: { role: "assistant", content: [{ type: "text", text: "Hello" }] }, finish_reason: "stop" }, null, 5] } as unknown as ChatCompletionBody;
    const completion = completionWithTextContent(body);
    expect(completion.choices[0]?.message?.content).toBe("Hello");
    expect(completion.choices.slice(1)).toEqual([null, 5]);
  });

  it("passes a chunk whose choices are not a list, or hold a null, on as it came", () => {
    const odd = { id: "x", choices: "x" } as unknown as StreamChunk;
    expect(chunkWithTextContent(odd)).toBe(odd);
    const withNull = { id: "x", choices: [{ index: 0, delta: { content: [{ type: "text", text: " there" }] } }, null] } as unknown as StreamChunk;
    expect(chunkWithTextContent(withNull).choices).toEqual([{ index: 0, delta: { content: " there" } }, null]);
  });
});
