import { describe, expect, it } from "vitest";
import { checkResponseQuality, type QualityCheckInput } from "./quality-checks.js";

const base: QualityCheckInput = { content: "Paris is the capital of France.", finishReason: "stop", callerSetNoCap: true, responseFormat: undefined, hasToolCalls: false };
const checks = (input: Partial<QualityCheckInput>): string[] => checkResponseQuality({ ...base, ...input }).map((f) => f.check);

describe("checkResponseQuality", () => {
  it("passes a normal answer", () => expect(checks({})).toEqual([]));
  it("flags empty answers, but not tool calls", () => {
    expect(checks({ content: "  " })).toEqual(["empty"]);
    expect(checks({ content: "", hasToolCalls: true })).toEqual([]);
  });
  it("flags refusals", () => {
    expect(checks({ content: "I'm sorry, but I can't help with that." })).toEqual(["refusal"]);
    expect(checks({ content: "I cannot assist with this request." })).toEqual(["refusal"]);
    expect(checks({ content: "Sorry for the wait! Here is the full answer: " + "x".repeat(500) })).toEqual([]);
  });
  it("flags a length cut only when the caller set no cap", () => {
    expect(checks({ finishReason: "length" })).toEqual(["length"]);
    expect(checks({ finishReason: "length", callerSetNoCap: false })).toEqual([]);
  });
  it("checks JSON and JSON schema", () => {
    const schema = { type: "object", properties: { age: { type: "number" } }, required: ["age"] };
    const responseFormat = { type: "json_schema", json_schema: { name: "p", schema } };
    expect(checks({ content: "not json", responseFormat: { type: "json_object" } })).toEqual(["invalid_json"]);
    expect(checks({ content: '{"age": "old"}', responseFormat })).toEqual(["schema_mismatch"]);
    expect(checks({ content: '```json\n{"age": 3}\n```', responseFormat })).toEqual([]);
  });
  it("runs a caller's validator", () => {
    expect(checkResponseQuality({ ...base, validator: () => "must mention Berlin" })).toEqual([{ check: "validator", detail: "must mention Berlin" }]);
    expect(checks({ validator: (answer) => answer.content.includes("Paris") })).toEqual([]);
  });
});
