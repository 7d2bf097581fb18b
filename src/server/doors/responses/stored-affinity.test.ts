/**
 * The affinity memory a stored response carries (ADR 0067) is read only when it is one: a row another version wrote,
 * or a tampered one, never seeds a conversation with a model name that is not a string or a negative prompt.
 */
import { describe, expect, it } from "vitest";
import { parseStored } from "./stored-response.js";

const row = (affinity: unknown): string => JSON.stringify({ conversationId: "c1", messages: [], affinity });

describe("a stored response's affinity memory", () => {
  it("is read back as written", () => {
    expect(parseStored(row({ model: "openai/gpt-5-nano", promptTokens: 120, tier: "e2e" }))?.affinity).toEqual({ model: "openai/gpt-5-nano", promptTokens: 120, tier: "e2e" });
    expect(parseStored(row({ model: "openai/gpt-5-nano", promptTokens: 0 }))?.affinity).toEqual({ model: "openai/gpt-5-nano", promptTokens: 0 });
  });

  it("is left out, the conversation still read, when it is not a memory", () => {
    for (const bad of [null, "openai/gpt-5-nano", { model: "", promptTokens: 1 }, { model: 7, promptTokens: 1 }, { model: "m", promptTokens: -1 }, { model: "m", promptTokens: "12" }, { model: "m" }]) {
      const stored = parseStored(row(bad));
      expect(stored?.conversationId).toBe("c1");
      expect(stored?.affinity).toBeUndefined();
    }
  });
});
