import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidRequestError } from "./core/errors/index.js";
import { createRouter } from "./create-router.js";
import { createSimulator, type Simulator } from "./testing/index.js";

/**
 * A call's options checked before the call: a `signal` that is no AbortSignal failed every model of the chain as a
 * connection failure (and counted against each model's circuit), a `keyId` that is no string was charged to a budget
 * named after it, a misspelt option was dropped, and `null` was a TypeError.
 */
let simulator: Simulator;
beforeAll(async () => {
  simulator = await createSimulator();
});
afterAll(async () => simulator.close());

const ask = { model: "switchyard/tier/budget", messages: [{ role: "user" as const, content: "hi" }] };
const OPTIONS: [string, unknown, RegExp][] = [
  ["a signal that is a string", { signal: "abort" }, /options\.signal must be an AbortSignal/],
  ["a signal that is a plain object", { signal: {} }, /options\.signal must be an AbortSignal/],
  ["a keyId that is a number", { keyId: 5 }, /options\.keyId must be the key id \(a non-empty string\)/],
  ["a keyId that is an object", { keyId: { id: "team" } }, /options\.keyId must be the key id/],
  ["a misspelt option", { key: "team" }, /options\.key is not an option of a call; the options are signal, keyId, validator/],
  ["a validator that is no function", { validator: "strict" }, /options\.validator must be a function/],
  ["options that are a string", "fast", /options must be an object/],
];

describe("a library call's options", () => {
  it.each(OPTIONS)("%s: chat and stream throw InvalidRequestError naming it; nothing is sent and no circuit counts it", async (_name, options, message) => {
    simulator.reset();
    const router = createRouter({ upstream: { base_url: simulator.url }, tiers: { budget: { models: ["openai/gpt-5-nano"], max_tokens: 100 } }, circuit_breaker: { failures: 1 } });
    await expect(router.chat(ask, options as never)).rejects.toThrow(InvalidRequestError);
    await expect(router.stream(ask, options as never)).rejects.toThrow(message);
    expect(simulator.calls).toHaveLength(0);
    // With a circuit that opens on one failure, a good call still reaches the model afterwards.
    const { decision } = await router.chat(ask);
    expect(decision.model).toBe("openai/gpt-5-nano");
    await router.close();
  });

  it("null and undefined are no options; a real signal, keyId and validator are read", async () => {
    const router = createRouter({ upstream: { base_url: simulator.url } });
    await expect(router.chat(ask, null as never)).resolves.toMatchObject({ decision: expect.any(Object) });
    await expect(router.chat(ask, undefined)).resolves.toMatchObject({ decision: expect.any(Object) });
    const { decisionId } = await router.chat(ask, { signal: AbortSignal.timeout(10_000), keyId: "team", validator: () => true });
    expect(await router.decisionLog.get(decisionId)).toMatchObject({ keyId: "team" });
    await router.close();
  });

  it("an option given as null is no option, as `fetch` takes `signal: null` (it was read so before the check)", async () => {
    simulator.reset();
    const router = createRouter({ upstream: { base_url: simulator.url } });
    const { decisionId } = await router.chat(ask, { signal: null, keyId: null, validator: null } as never);
    expect(await router.decisionLog.get(decisionId)).toMatchObject({ keyId: null });
    const stream = await router.stream(ask, { signal: null } as never);
    for await (const _chunk of stream) void _chunk;
    expect(simulator.calls).toHaveLength(2);
    await router.close();
  });
});
