import { afterAll, describe, expect, it } from "vitest";
import { createSchemaChecker } from "./schema-checker.js";

const checker = createSchemaChecker({ timeoutMs: 300 });
afterAll(() => checker.close());

const request = (schema: object, value: unknown) => ({ key: JSON.stringify(schema), schema, value });

/** `$defs` chained so each level has two branches to the next: 2^levels paths for an answer that fails them all. */
function fanOut(levels: number): object {
  const defs: Record<string, object> = {};
  for (let level = 0; level < levels; level += 1) defs[`d${level}`] = { anyOf: [{ $ref: `#/$defs/d${level + 1}` }, { $ref: `#/$defs/d${level + 1}` }] };
  defs[`d${levels}`] = { type: "number" };
  return { type: "object", properties: { v: { $ref: "#/$defs/d0" } }, $defs: defs };
}

/** Runs `check` while counting event-loop ticks of a 20 ms interval: a blocked loop counts none. */
async function withTicks<T>(check: () => Promise<T>): Promise<{ result: T; ticks: number; ms: number }> {
  let ticks = 0;
  const interval = setInterval(() => (ticks += 1), 20);
  const started = performance.now();
  try {
    const result = await check();
    return { result, ticks, ms: performance.now() - started };
  } finally {
    clearInterval(interval);
  }
}

describe("createSchemaChecker", () => {
  it("gives the verdict of an ordinary schema, with the first mismatch", async () => {
    const schema = { type: "object", properties: { age: { type: "number" } }, required: ["age"] };
    expect(await checker.check(request(schema, { age: 3 }))).toEqual({ matches: true });
    expect(await checker.check(request(schema, { age: "old" }))).toEqual({ matches: false, detail: "/age must be number" });
  });

  it("stops a pattern that backtracks exponentially, without blocking the event loop, and skips that schema after", async () => {
    const schema = { type: "object", properties: { v: { type: "string", pattern: "^(a|a)*$" } } };
    const hostile = await withTicks(() => checker.check(request(schema, { v: `${"a".repeat(40)}!` })));
    expect(hostile.result).toMatchObject({ matches: true, skipped: expect.stringMatching(/took over 300 ms/) });
    expect(hostile.ticks).toBeGreaterThanOrEqual(5);
    expect(hostile.ms).toBeLessThan(3_000);
    const again = await withTicks(() => checker.check(request(schema, { v: "aaa" })));
    expect(again.result).toMatchObject({ matches: true, skipped: expect.stringMatching(/too costly/) });
    expect(again.ms).toBeLessThan(50);
    // The next schema gets a fresh worker and a real verdict.
    expect(await checker.check(request({ type: "string" }, 5))).toEqual({ matches: false, detail: "/ must be string" });
  });

  it("stops a small schema whose anyOf branches fan out through $refs, in time or memory", async () => {
    const schema = fanOut(26);
    expect(JSON.stringify(schema).length).toBeLessThan(3_000);
    const hostile = await withTicks(() => checker.check(request(schema, { v: {} })));
    expect(hostile.result).toMatchObject({ matches: true, skipped: expect.any(String) });
    expect(hostile.ticks).toBeGreaterThanOrEqual(5);
    expect(await checker.check(request(fanOut(3), { v: {} }))).toMatchObject({ matches: false });
  });

  it("checks many requests in order, each with its own verdict", async () => {
    const schema = { type: "integer", minimum: 10 };
    const verdicts = await Promise.all(Array.from({ length: 40 }, (_, index) => checker.check(request(schema, index))));
    expect(verdicts.map((verdict) => verdict.matches)).toEqual(Array.from({ length: 40 }, (_, index) => index >= 10));
  });
});
