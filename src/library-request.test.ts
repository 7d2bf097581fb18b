import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, InvalidRequestError } from "./core/errors/index.js";
import { createRouter } from "./create-router.js";
import { createSimulator, type Simulator } from "./testing/index.js";

/**
 * A library request object that is not JSON: the gateway never sees one (its bodies are parsed text), but an object
 * handed to the router passes unknown fields and a message's extra keys through to the upstream body. A cycle, a
 * BigInt or deep nesting there was routed by `route()`, then thrown by `chat()` as a bare TypeError or RangeError from
 * inside the engine, after nothing or after a reservation. Each is an InvalidRequestError naming where it is now, and
 * no upstream call is made.
 */
let simulator: Simulator;
beforeAll(async () => {
  simulator = await createSimulator();
});
afterAll(async () => simulator.close());

const hi = { role: "user", content: "hi" };
const nested = (levels: number): Record<string, unknown> => {
  let value: Record<string, unknown> = {};
  for (let level = 0; level < levels; level += 1) value = { a: value };
  return value;
};
const cyclic = (): Record<string, unknown> => {
  const message: Record<string, unknown> = { role: "user", content: "hi" };
  message.self = message;
  return message;
};
const cyclicSchema = (): Record<string, unknown> => {
  const schema: Record<string, unknown> = { type: "object" };
  schema.properties = { child: schema };
  return schema;
};

const HOSTILE: [string, Record<string, unknown>, RegExp][] = [
  ["a message that contains itself", { messages: [cyclic()] }, /messages\[0\]\.self refers to an object that contains it \(a cycle\)/],
  ["a tool schema that contains itself", { messages: [hi], tools: [{ type: "function", function: { name: "f", parameters: cyclicSchema() } }] }, /tools\[0\]\.function\.parameters\.properties\.child refers to an object that contains it/],
  ["a BigInt in an unknown field", { messages: [hi], seed_hint: 10n }, /seed_hint is a BigInt \(10n\)/],
  ["200,000 levels of nesting in an unknown field", { messages: [hi], extra: nested(200_000) }, /extra\.a\.a.*nests objects and arrays more than 64 levels deep \(the limit, server\.max_json_depth\)/],
  ["a function in a message", { messages: [{ ...hi, extra: () => 1 }] }, /messages\[0\]\.extra is a function/],
  ["a getter that throws", { messages: [Object.defineProperty({ role: "user" }, "content", { enumerable: true, get: () => { throw new Error("not loaded"); } })] }, /messages\[0\]\.content could not be read \(not loaded\)/],
];

describe("a library request that is not JSON", () => {
  it.each(HOSTILE)("%s: route, chat and stream throw InvalidRequestError naming it, and nothing is sent", async (_name, fields, message) => {
    simulator.reset();
    const router = createRouter({ upstream: { base_url: simulator.url } });
    const request = { model: "switchyard/auto", ...fields };
    expect(() => router.route(request as never)).toThrow(InvalidRequestError);
    expect(() => router.route(request as never)).toThrow(message);
    await expect(router.chat(request as never)).rejects.toThrow(InvalidRequestError);
    await expect(router.stream(request as never)).rejects.toThrow(message);
    expect(simulator.calls).toHaveLength(0);
    await router.close();
  });

  it("a plain request still routes and answers", async () => {
    simulator.reset();
    const router = createRouter({ upstream: { base_url: simulator.url } });
    const { completion } = await router.chat({ model: "switchyard/auto", messages: [{ role: "user", content: "hi" }] });
    expect(completion.choices[0]?.message?.content).toBeTruthy();
    await router.close();
  });
});

describe("an object that says how it is JSON (toJSON)", () => {
  it("is read as JSON.stringify reads it: its toJSON's result is checked and sent, not its own members", async () => {
    simulator.reset();
    const router = createRouter({ upstream: { base_url: simulator.url } });
    // A message object of a caller's own model: a back-reference to its thread and a toJSON that leaves it out.
    const thread: Record<string, unknown> = { title: "t" };
    const message = { role: "user", content: "hi", thread, toJSON: () => ({ role: "user", content: "hi" }) };
    thread.last = message;
    await router.chat({ model: "switchyard/auto", messages: [message] } as never);
    expect(simulator.calls).toHaveLength(1);
    expect(JSON.stringify(simulator.calls[0]?.body)).toContain('"messages":[{"role":"user","content":"hi"}]');
    // A toJSON whose result is not JSON is still refused, naming where.
    const bad = { role: "user", content: "hi", toJSON: () => ({ role: "user", content: "hi", n: 1n }) };
    expect(() => router.route({ model: "switchyard/auto", messages: [bad] } as never)).toThrow(/messages\[0\]\.n is a BigInt/);
    await router.close();
  });
});

describe("BigInt where the library quotes a value", () => {
  it("a budget of 10n is a ConfigError naming the field, not JSON.stringify's TypeError", () => {
    const make = () => createRouter({ budgets: [{ scope: "global", window: "day", limit_usd: 10n as unknown as number }] });
    expect(make).toThrow(ConfigError);
    expect(make).toThrow(/budgets\[0\]\.limit_usd: must be a number \(got "10n"\)/);
  });

  it("a feedback score of 1n or NaN is an InvalidRequestError quoting it", async () => {
    const router = createRouter({ upstream: { base_url: simulator.url } });
    await expect(router.feedback({ decisionId: "dec_x", score: 1n as unknown as number })).rejects.toThrow(/score must be a number from 0 to 1 \(got 1n\)/);
    await expect(router.feedback({ decisionId: "dec_x", score: Number.NaN })).rejects.toThrow(/\(got NaN\)/);
    // A string is quoted as the gateway's 400 quotes it (quote-sent-text.ts): a direction override or a C1 control
    // escaped, not left raw by JSON.stringify; a long one cut with its mark, a function named, not printed as source.
    await expect(router.feedback({ decisionId: "dec_x", score: "0.9\u202e\u009b" as unknown as number })).rejects.toThrow('(got "0.9\\u202e\\u009b")');
    await expect(router.feedback({ decisionId: "dec_x", score: "9".repeat(500) as unknown as number })).rejects.toThrow(`(got "${"9".repeat(80)}…")`);
    await expect(router.feedback({ decisionId: "dec_x", score: { a: 1 } as unknown as number })).rejects.toThrow("(got an object)");
    await router.close();
  });
});
