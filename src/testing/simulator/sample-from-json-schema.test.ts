import { describe, expect, it } from "vitest";
import { sampleFromJsonSchema } from "./sample-from-json-schema.js";

describe("the simulator's sample of a client's JSON schema", () => {
  it("fills a property named __proto__ or constructor like any other (assigned, __proto__ set the prototype instead)", () => {
    const schema = JSON.parse('{"type":"object","properties":{"__proto__":{"type":"object","properties":{"x":{"type":"integer"}}},"constructor":{"type":"string"}},"required":["__proto__","constructor"]}') as unknown;
    const sample = sampleFromJsonSchema(schema, "hi");
    expect(JSON.stringify(sample)).toBe('{"__proto__":{"x":1},"constructor":"hi"}');
    expect(Object.getPrototypeOf(sample)).toBe(Object.prototype);
  });
});
