import { describe, expect, it } from "vitest";
import { generateDecisionId } from "../../core/id-generator.js";
import { ToolCallIds } from "./tool-call-ids.js";

/** OpenAI refuses a longer `tool_calls[].id` ("string too long. Expected a string with maximum length 40"). */
const OPENAI_MAX_TOOL_CALL_ID = 40;

describe("minted tool-call ids", () => {
  it("fit OpenAI's 40 characters, for both doors' prefixes, so the client's next turn is not refused upstream", () => {
    for (const prefix of ["toolu_", "call_"]) {
      const ids = new ToolCallIds(prefix, generateDecisionId());
      const minted = Array.from({ length: 120 }, () => ids.next(undefined));
      for (const id of minted) expect(id.length, id).toBeLessThanOrEqual(OPENAI_MAX_TOOL_CALL_ID);
      expect(new Set(minted).size).toBe(minted.length);
    }
  });

  it("differ between two decisions (a later turn never repeats an earlier turn's id)", () => {
    const first = new ToolCallIds("toolu_", generateDecisionId()).next(undefined);
    const second = new ToolCallIds("toolu_", generateDecisionId()).next(undefined);
    expect(first).not.toBe(second);
  });

  it("keep the upstream's id when it names one call only", () => {
    const ids = new ToolCallIds("call_", "d1");
    const [kept, repeated, empty] = [ids.next("call_x"), ids.next("call_x"), ids.next("")];
    expect(kept).toBe("call_x");
    expect(repeated).not.toBe("call_x");
    expect(empty).not.toBe("");
  });
});
