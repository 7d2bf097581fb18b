import { describe, expect, it } from "vitest";
import { createCostlySchemas } from "./costly-schemas.js";

describe("createCostlySchemas", () => {
  it("remembers a schema for the caller that found it costly, and for no one else", () => {
    const costly = createCostlySchemas();
    costly.add("key-a", '{"type":"string"}');
    expect(costly.has("key-a", '{"type":"string"}')).toBe(true);
    expect(costly.has("key-b", '{"type":"string"}')).toBe(false);
    expect(costly.has("", '{"type":"string"}')).toBe(false);
    expect(costly.has("key-a", '{"type":"number"}')).toBe(false);
  });

  it("stays bounded: the least recently used schemas of a caller, and callers, are forgotten first", () => {
    const costly = createCostlySchemas({ maxCallers: 3, maxSchemasPerCaller: 2 });
    costly.add("a", "s1");
    costly.add("a", "s2");
    expect(costly.has("a", "s1")).toBe(true); // s1 used: s2 is now the oldest
    costly.add("a", "s3");
    expect([costly.has("a", "s1"), costly.has("a", "s2"), costly.has("a", "s3")]).toEqual([true, false, true]);
    costly.add("b", "s1");
    costly.add("c", "s1");
    expect(costly.has("a", "s1")).toBe(true); // a used: b is now the oldest caller
    // A hostile tenant flooding with new key ids pushes out the oldest callers, never past the bound.
    for (let index = 0; index < 100; index++) costly.add(`flood-${index}`, "s1");
    expect(costly.callers).toBe(3);
    expect(costly.has("b", "s1")).toBe(false);
  });
});
