import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BudgetExceededError, InvalidRequestError } from "./core/errors/index.js";
import { createRouter } from "./create-router.js";
import { createSimulator, type Simulator } from "./testing/index.js";

/** The library's own calls: what a caller that aborts, stops reading or never reads gets, and what is logged. */
let simulator: Simulator;
beforeAll(async () => {
  simulator = await createSimulator({ chunkCount: 20, chunkDelayMs: 20 });
});
afterAll(async () => simulator.close());

const config = (extra: Record<string, unknown> = {}) => ({
  upstream: { base_url: simulator.url },
  tiers: { budget: { models: ["openai/gpt-5-nano"], max_tokens: 1000 } },
  ...extra,
});
const ask = { model: "switchyard/tier/budget", messages: [{ role: "user", content: "Tell me a story" }] };

describe("library calls that do not run to their end", () => {
  it("settles and logs a stream nobody reads, so its reservation never holds the budget", async () => {
    simulator.reset();
    // Room for about two worst cases: two unread streams would hold it all if their reservations were never settled.
    const router = createRouter(config({ budgets: [{ scope: "global", window: "day", limit_usd: 0.001 }] }));
    const unread = [await router.stream(ask), await router.stream(ask)];
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const stream of unread) expect(await router.decisionLog.get(stream.decisionId)).toMatchObject({ outcome: "served", status: 200 });
    const next = await router.chat(ask).catch((error: unknown) => error);
    expect(next).not.toBeInstanceOf(BudgetExceededError);
    await router.close();
  });

  it("throws the signal's AbortError when a stream is aborted mid-way, and logs 499", async () => {
    simulator.reset();
    const router = createRouter(config());
    const stream = await router.stream(ask, { signal: AbortSignal.timeout(120) });
    const read = (async () => {
      for await (const _chunk of stream) void _chunk;
    })();
    await expect(read).rejects.toMatchObject({ name: expect.stringMatching(/AbortError|TimeoutError/) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await router.decisionLog.get(stream.decisionId)).toMatchObject({ status: 499 });
    await router.close();
  });

  it("throws the signal's AbortError for a stream aborted before it opens, logged as 499 (it threw ClientGone, 'the client closed the connection', logged 500)", async () => {
    simulator.reset();
    simulator.setFault("openai/gpt-5-nano", "slow_first_token");
    const router = createRouter(config());
    const before = new AbortController();
    before.abort();
    await expect(router.stream(ask, { signal: before.signal })).rejects.toMatchObject({ name: "AbortError" });
    const during = new AbortController();
    setTimeout(() => during.abort(), 100);
    await expect(router.stream(ask, { signal: during.signal })).rejects.toMatchObject({ name: "AbortError" });
    const reason = new Error("shutting down");
    const withReason = new AbortController();
    setTimeout(() => withReason.abort(reason), 100);
    await expect(router.stream(ask, { signal: withReason.signal })).rejects.toBe(reason);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const records = await router.decisionLog.list({ limit: 3 });
    expect(records.map((record) => record.status)).toEqual([499, 499, 499]);
    await router.close();
  });

  it("throws the signal's AbortError for an aborted call, logged as 499 rather than a server failure", async () => {
    simulator.reset();
    simulator.setFault("openai/gpt-5-nano", "slow_first_token");
    const router = createRouter(config());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(router.chat(ask, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [record] = await router.decisionLog.list({ limit: 1 });
    expect(record).toMatchObject({ status: 499 });
    await router.close();
  });

  it("refuses a validator that returns a Promise, instead of paying for an escalation every call", async () => {
    simulator.reset();
    const router = createRouter(config());
    await expect(router.chat(ask, { validator: (async () => true) as unknown as () => boolean })).rejects.toBeInstanceOf(InvalidRequestError);
    await router.close();
  });

  it("says a closed router is closed, closes twice quietly, and checks feedback's types", async () => {
    const router = createRouter(config());
    await expect(router.feedback({ decisionId: "dec_x", score: "0.5" as unknown as number })).rejects.toBeInstanceOf(InvalidRequestError);
    // A label is one line of plain text, as the gateway's /v1/feedback takes it.
    await expect(router.feedback({ decisionId: "dec_x", score: 0.5, label: "\u001b[2Jcleared" })).rejects.toMatchObject({ param: "label" });
    await router.close();
    await router.close();
    await expect(router.chat(ask)).rejects.toMatchObject({ code: "router_closed" });
    await expect(router.stream(ask)).rejects.toMatchObject({ code: "router_closed" });
  });

  it("checks a request's shape as the gateway does: a 400 naming the field, before any upstream call", async () => {
    simulator.reset();
    const router = createRouter(config());
    const bad = [
      { model: "switchyard/auto", messages: [null] },
      { model: "switchyard/auto", messages: [{ role: "user", content: "hi" }], models: "x" },
      { model: "switchyard/auto", messages: [{ role: "wizard", content: "hi" }] },
      { model: "switchyard/auto", messages: [{ role: "user", content: 42 }] },
    ] as unknown as Parameters<typeof router.chat>[0][];
    for (const request of bad) {
      await expect(router.chat(request), JSON.stringify(request)).rejects.toBeInstanceOf(InvalidRequestError);
      expect(() => router.route(request)).toThrow(InvalidRequestError);
    }
    expect(simulator.calls).toHaveLength(0);
    await router.close();
  });

  it("records a stream's quality checks, the caller's validator included, since a streamed answer cannot be retried", async () => {
    simulator.reset();
    const router = createRouter(config());
    const stream = await router.stream(ask, { validator: () => "no citation" });
    for await (const _chunk of stream) void _chunk;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await router.decisionLog.get(stream.decisionId)).toMatchObject({ outcome: "served", qualityChecks: ["validator"] });
    await router.close();
  });

  it("has a stream's record, schema check included, as soon as the caller's loop ends, and keeps it through close()", async () => {
    simulator.reset();
    const router = createRouter(config());
    const format = { type: "json_schema", json_schema: { name: "n", schema: { type: "number" } } };
    const stream = await router.stream({ ...ask, response_format: format });
    for await (const _chunk of stream) void _chunk;
    // No wait: the record was written before the last event reached the loop.
    expect(await router.decisionLog.get(stream.decisionId)).toMatchObject({ outcome: "served", qualityChecks: [] });
    await router.close();
  });
});
