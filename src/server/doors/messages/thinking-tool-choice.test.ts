import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../../core/errors/index.js";
import { MESSAGES_DOOR } from "./messages-door.js";

const base = { model: "switchyard/auto", max_tokens: 4000, messages: [{ role: "user", content: "hi" }], tools: [{ name: "look", input_schema: { type: "object" } }] };
const read = (body: Record<string, unknown>) => MESSAGES_DOOR.read({ ...base, ...body }, { headers: {}, keyId: null }) as Awaited<ReturnType<typeof MESSAGES_DOOR.read>>;

function refusal(body: Record<string, unknown>): InvalidRequestError | undefined {
  try {
    read(body);
  } catch (error) {
    if (error instanceof InvalidRequestError) return error;
    throw error;
  }
  return undefined;
}

describe("thinking with a tool_choice that forces a call (Anthropic refuses the pair with a 400)", () => {
  it("is refused at the door in Anthropic's words, for budgeted and adaptive thinking and any / tool", () => {
    for (const thinking of [{ type: "enabled", budget_tokens: 1024 }, { type: "adaptive" }]) {
      for (const tool_choice of [{ type: "any" }, { type: "tool", name: "look" }]) {
        const refused = refusal({ thinking, tool_choice });
        expect(refused?.param).toBe("tool_choice");
        expect(refused?.message).toMatch(/Thinking may not be enabled when tool_choice forces tool use/);
      }
    }
  });

  it("lets auto and none pass with thinking, and any without thinking or with thinking disabled", () => {
    expect(refusal({ thinking: { type: "enabled", budget_tokens: 1024 }, tool_choice: { type: "auto" } })).toBeUndefined();
    expect(refusal({ thinking: { type: "adaptive" }, tool_choice: { type: "none" } })).toBeUndefined();
    expect(refusal({ tool_choice: { type: "any" } })).toBeUndefined();
    expect(refusal({ thinking: { type: "disabled" }, tool_choice: { type: "tool", name: "look" } })).toBeUndefined();
  });
});
