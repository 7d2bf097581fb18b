import { describe, expect, it } from "vitest";
import { checkResponseQuality, type QualityCheckInput } from "./quality-checks.js";

const base: QualityCheckInput = { content: "Paris is the capital of France.", finishReason: "stop", callerSetNoCap: true, responseFormat: undefined, hasToolCalls: false };
const checks = async (input: Partial<QualityCheckInput>): Promise<string[]> => (await checkResponseQuality({ ...base, ...input })).map((f) => f.check);

describe("checkResponseQuality", () => {
  it("passes a normal answer", async () => expect(await checks({})).toEqual([]));
  it("flags empty answers, but not tool calls", async () => {
    expect(await checks({ content: "  " })).toEqual(["empty"]);
    expect(await checks({ content: "", hasToolCalls: true })).toEqual([]);
  });
  it("flags refusals", async () => {
    expect(await checks({ content: "I'm sorry, but I can't help with that." })).toEqual(["refusal"]);
    expect(await checks({ content: "I cannot assist with this request." })).toEqual(["refusal"]);
    expect(await checks({ content: "Sorry for the wait! Here is the full answer: " + "x".repeat(500) })).toEqual([]);
  });
  it("flags a length cut only when the caller set no cap", async () => {
    expect(await checks({ finishReason: "length" })).toEqual(["length"]);
    expect(await checks({ finishReason: "length", callerSetNoCap: false })).toEqual([]);
  });
  it("checks JSON and JSON schema", async () => {
    const schema = { type: "object", properties: { age: { type: "number" } }, required: ["age"] };
    const responseFormat = { type: "json_schema", json_schema: { name: "p", schema } };
    expect(await checks({ content: "not json", responseFormat: { type: "json_object" } })).toEqual(["invalid_json"]);
    expect(await checks({ content: '{"age": "old"}', responseFormat })).toEqual(["schema_mismatch"]);
    expect(await checks({ content: '```json\n{"age": 3}\n```', responseFormat })).toEqual([]);
  });
  it("applies a client's safe schema pattern, and not one that could backtrack exponentially", async () => {
    const format = (pattern: string) => ({ type: "json_schema", json_schema: { name: "p", schema: { type: "object", properties: { code: { type: "string", pattern } } } } });
    expect(await checks({ content: '{"code": "AB-12"}', responseFormat: format("^[A-Z]{2}-\\d+$") })).toEqual([]);
    expect(await checks({ content: '{"code": "ab12"}', responseFormat: format("^[A-Z]{2}-\\d+$") })).toEqual(["schema_mismatch"]);
    // With the pattern applied, 40 a's and a '!' take 2^40 steps (hours); unapplied, it returns at once.
    const started = performance.now();
    expect(await checks({ content: `{"code": "${"a".repeat(40)}!"}`, responseFormat: format("^(a+)+$") })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
  it("skips a schema that compiles but cannot be evaluated, instead of throwing", async () => {
    // `$ref: "#"` at the root refers to itself forever: Ajv's validator overflows the stack on any value.
    const selfReferring = { type: "json_schema", json_schema: { name: "loop", schema: { $ref: "#" } } };
    expect(await checks({ content: '{"a": 1}', responseFormat: selfReferring })).toEqual([]);
    // An answer nested deeper than the stack against a recursive schema: the same, the answer still counts.
    const tree = { type: "json_schema", json_schema: { name: "tree", schema: { type: "array", items: { $ref: "#" } } } };
    expect(await checks({ content: "[".repeat(50_000) + "]".repeat(50_000), responseFormat: tree })).toEqual([]);
    expect(await checks({ content: '[[], {"a": 1}]', responseFormat: tree })).toEqual(["schema_mismatch"]);
  });
  it("does not run a schema that cannot evaluate anything into the stack again, request after request", async () => {
    const selfReferring = { type: "json_schema", json_schema: { name: "loop-again", schema: { $ref: "#", title: "again" } } };
    const plain = { type: "json_schema", json_schema: { name: "plain", schema: { type: "object" } } };
    // Against the same worker round trip with a schema that evaluates at once, in alternating blocks of the same run
    // (a bound in milliseconds failed on a loaded machine): two stack overflows a call would cost several times more.
    const timed = async (responseFormat: { type: string; json_schema: object }): Promise<number> => {
      const started = performance.now();
      for (let i = 0; i < 50; i++) expect(await checks({ content: '{"a": 1}', responseFormat })).toEqual([]);
      return performance.now() - started;
    };
    // The first call finds out, at the cost of the overflows; every later one must not pay them again.
    expect(await checks({ content: '{"a": 1}', responseFormat: selfReferring })).toEqual([]);
    expect(await checks({ content: '{"a": 1}', responseFormat: plain })).toEqual([]);
    // Each side's fastest block: a burst of load on another process slows a block or two, not all six.
    let looping = Infinity;
    let baseline = Infinity;
    for (let block = 0; block < 6; block++) {
      looping = Math.min(looping, await timed(selfReferring));
      baseline = Math.min(baseline, await timed(plain));
    }
    expect(looping / baseline, `${looping.toFixed(1)} ms against ${baseline.toFixed(1)} ms`).toBeLessThan(3);
  });
  it("remembers a schema too costly to check per caller (the key), so one tenant cannot switch it off for another", async () => {
    const responseFormat = { type: "json_schema", json_schema: { name: "shared", schema: { type: "object", properties: { id: { type: "string", pattern: "^(b|b)*$" } } } } };
    expect(await checks({ content: `{"id": "${"b".repeat(40)}!"}`, responseFormat, caller: "key-hostile" })).toEqual([]);
    expect(await checks({ content: '{"id": "c"}', responseFormat, caller: "key-hostile" })).toEqual([]);
    expect(await checks({ content: '{"id": "c"}', responseFormat, caller: "key-other" })).toEqual(["schema_mismatch"]);
  });
  it("reads a fenced answer's body exactly as the fence regex did", async () => {
    const responseFormat = { type: "json_object" };
    for (const content of ['```json\n{"a": 1}\n```', '  ```\n{"a": 1}```  ', '```json{"a": 1}```', '{"a": 1}']) expect(await checks({ content, responseFormat })).toEqual([]);
    for (const content of ["```", '```json\n{"a": 1}', '{"a": 1}\n```']) expect(await checks({ content, responseFormat })).toEqual(["invalid_json"]);
  });
  it("runs a caller's validator", async () => {
    expect(await checkResponseQuality({ ...base, validator: () => "must mention Berlin" })).toEqual([{ check: "validator", detail: "must mention Berlin" }]);
    expect(await checks({ validator: (answer) => answer.content.includes("Paris") })).toEqual([]);
  });
});
