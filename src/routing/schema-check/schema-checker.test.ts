import { afterAll, describe, expect, it } from "vitest";
import { watchLoopHeld } from "../../../test/support/loop-held.js";
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

/**
 * Runs `check` while watching how long the event loop is held (test/support/loop-held.ts): a check run on the loop
 * holds it throughout; counting a 20 ms timer's ticks instead also counted the time a loaded machine ran others.
 */
async function withLoopHeld<T>(check: () => Promise<T>): Promise<{ result: T; heldMs: number; ms: number }> {
  const held = watchLoopHeld(20);
  const started = performance.now();
  let heldMs = 0;
  const result = await check().finally(() => (heldMs = held.stop()));
  return { result, heldMs, ms: performance.now() - started };
}

describe("createSchemaChecker", () => {
  it("gives the verdict of an ordinary schema, with the first mismatch", async () => {
    const schema = { type: "object", properties: { age: { type: "number" } }, required: ["age"] };
    expect(await checker.check(request(schema, { age: 3 }))).toEqual({ matches: true });
    expect(await checker.check(request(schema, { age: "old" }))).toEqual({ matches: false, detail: "/age must be number" });
  });

  it("a fresh worker's first check of an ordinary schema gets its verdict within a tight limit: Ajv warms up before the worker is ready", async () => {
    // Without the warm-up, Ajv's cold first compile ran inside the check's limit: over 120 ms on a loaded machine, so
    // the first schema a worker saw was skipped and marked too costly for its caller.
    const schema = { type: "object", properties: { age: { type: "number" }, name: { type: "string", pattern: "^[a-z]+$" } }, required: ["age"] };
    for (let round = 0; round < 3; round += 1) {
      const fresh = createSchemaChecker({ timeoutMs: 40, maxWaitMs: 20_000 });
      try {
        expect(await fresh.check(request(schema, { age: "old" }))).toEqual({ matches: false, detail: "/age must be number" });
      } finally {
        await fresh.close();
      }
    }
  });

  it("reads only the answer's own members: a property named like an Object.prototype member is absent until the answer has it", async () => {
    // Ajv reads data[name], which finds toString, constructor and __proto__ on every object: an answer leaving an
    // optional `constructor` out failed with "must be string" (an escalation, a second paid call), and one leaving a
    // required `valueOf` or `__proto__` out passed.
    const optional = { type: "object", properties: { constructor: { type: "string" }, toString: { type: "string" } } };
    expect(await checker.check(request(optional, {}))).toEqual({ matches: true });
    expect(await checker.check(request(optional, JSON.parse('{"constructor": 3}')))).toEqual({ matches: false, detail: "/constructor must be string" });
    const required = { type: "object", required: ["valueOf", "__proto__"] };
    expect(await checker.check(request(required, {}))).toEqual({ matches: false, detail: "/ must have required property 'valueOf'" });
    expect(await checker.check(request(required, JSON.parse('{"valueOf": 1}')))).toEqual({ matches: false, detail: "/ must have required property '__proto__'" });
    expect(await checker.check(request(required, JSON.parse('{"valueOf": 1, "__proto__": {}}')))).toEqual({ matches: true });
  });

  it("stops a pattern that backtracks exponentially, without blocking the event loop, and skips that schema after", async () => {
    const schema = { type: "object", properties: { v: { type: "string", pattern: "^(a|a)*$" } } };
    const hostile = await withLoopHeld(() => checker.check(request(schema, { v: `${"a".repeat(40)}!` })));
    expect(hostile.result).toMatchObject({ matches: true, skipped: expect.stringMatching(/took over 300 ms/) });
    expect(hostile.heldMs).toBeLessThan(100);
    expect(hostile.ms).toBeLessThan(3_000);
    const again = await withLoopHeld(() => checker.check(request(schema, { v: "aaa" })));
    expect(again.result).toMatchObject({ matches: true, skipped: expect.stringMatching(/too costly/) });
    // Skipped without running it again: running it takes the full 300 ms limit; half of it leaves room for a
    // test process descheduled on a loaded machine.
    expect(again.ms).toBeLessThan(150);
    // The next schema gets a fresh worker and a real verdict.
    expect(await checker.check(request({ type: "string" }, 5))).toEqual({ matches: false, detail: "/ must be string" });
  });

  it("skips a schema found too costly only for the caller whose check it was, not for other tenants", async () => {
    // A popular schema: tenant-b relies on its check; tenant-a sends one hostile answer against it.
    const schema = { type: "object", properties: { code: { type: "string", pattern: "^(a|a)*$" } }, title: "popular" };
    const asked = (caller: string | undefined, value: unknown) => ({ ...request(schema, value), caller });
    // Its own checker, with a long wait allowance: on a loaded machine a check must not be skipped for waiting.
    const tenants = createSchemaChecker({ timeoutMs: 300, maxWaitMs: 20_000 });
    try {
      expect(await tenants.check(asked("tenant-a", { code: `${"a".repeat(40)}!` }))).toMatchObject({ matches: true, skipped: expect.stringMatching(/took over 300 ms/) });
      expect(await tenants.check(asked("tenant-a", { code: "b" }))).toMatchObject({ matches: true, skipped: expect.stringMatching(/too costly/) });
      // Other tenants, and callers without a key, still have their answers held to it.
      expect(await tenants.check(asked("tenant-b", { code: "b" }))).toEqual({ matches: false, detail: '/code must match pattern "^(a|a)*$"' });
      expect(await tenants.check(asked("tenant-b", { code: "aaa" }))).toEqual({ matches: true });
      expect(await tenants.check(asked(undefined, { code: "b" }))).toMatchObject({ matches: false });
    } finally {
      await tenants.close();
    }
  });

  it("stops a small schema whose anyOf branches fan out through $refs, in time or memory", async () => {
    const schema = fanOut(26);
    expect(JSON.stringify(schema).length).toBeLessThan(3_000);
    const hostile = await withLoopHeld(() => checker.check(request(schema, { v: {} })));
    expect(hostile.result).toMatchObject({ matches: true, skipped: expect.any(String) });
    expect(hostile.heldMs).toBeLessThan(100);
    expect(await checker.check(request(fanOut(3), { v: {} }))).toMatchObject({ matches: false });
  });

  it("checks many requests in order, each with its own verdict", async () => {
    const schema = { type: "integer", minimum: 10 };
    const verdicts = await Promise.all(Array.from({ length: 40 }, (_, index) => checker.check(request(schema, index))));
    expect(verdicts.map((verdict) => verdict.matches)).toEqual(Array.from({ length: 40 }, (_, index) => index >= 10));
  });
});

describe("createSchemaChecker, waiting and exiting", () => {
  it("skips a check that waited too long behind costly ones, instead of queueing it without bound", async () => {
    const slow = createSchemaChecker({ timeoutMs: 300, maxWaitMs: 400 });
    try {
      expect(await slow.check(request({ type: "number" }, 1))).toEqual({ matches: true }); // the worker is up
      const hostile = (name: string) => ({ type: "object", properties: { [name]: { type: "string", pattern: "^(a|a)*$" } } });
      const pending = ["a", "b", "c"].map((name) => slow.check(request(hostile(name), { [name]: `${"a".repeat(40)}!` })));
      const started = performance.now();
      const trivial = await slow.check(request({ type: "number" }, "x"));
      expect(trivial).toMatchObject({ matches: true, skipped: expect.stringMatching(/waited over 400 ms/) });
      expect(performance.now() - started).toBeLessThan(4_000);
      await Promise.all(pending);
    } finally {
      await slow.close();
    }
  });

  it("never holds the process open when idle: a script that ran a check exits without close()", async () => {
    const { spawnSync } = await import("node:child_process");
    const { fileURLToPath } = await import("node:url");
    const checkerUrl = new URL("./schema-checker.ts", import.meta.url).href;
    const script = `const { createSchemaChecker } = await import(${JSON.stringify(checkerUrl)}); const c = createSchemaChecker(); const v = await c.check({ key: "k", schema: { type: "number" }, value: "x" }); console.log(JSON.stringify(v));`;
    const root = fileURLToPath(new URL("../../..", import.meta.url));
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root, timeout: 20_000, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('"matches":false');
  });
});
