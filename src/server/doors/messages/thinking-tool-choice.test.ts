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

describe("thinking with temperature, top_k or top_p (Anthropic's thinking takes none of them but top_p from 0.95)", () => {
  const thinkings = [{ type: "enabled", budget_tokens: 1024 }, { type: "adaptive" }];

  it("is refused at the door, naming the field, in Anthropic's words for temperature", () => {
    for (const thinking of thinkings) {
      const temperature = refusal({ thinking, temperature: 0.2 });
      expect(temperature?.param).toBe("temperature");
      expect(temperature?.message).toMatch(/^`temperature` may only be set to 1 when thinking is enabled/);
      expect(refusal({ thinking, top_k: 40 })?.param).toBe("top_k");
      expect(refusal({ thinking, top_p: 0.9 })?.param).toBe("top_p");
    }
  });

  it("lets temperature 1 and top_p from 0.95 pass with thinking, and any sampling without it", () => {
    expect(refusal({ thinking: { type: "enabled", budget_tokens: 1024 }, temperature: 1, top_p: 0.95 })).toBeUndefined();
    expect(refusal({ temperature: 0.2, top_k: 40, top_p: 0.5 })).toBeUndefined();
    expect(refusal({ thinking: { type: "disabled" }, temperature: 0 })).toBeUndefined();
  });
});
