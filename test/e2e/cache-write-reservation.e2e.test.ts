/**
 * A prompt the client marks for caching (`cache_control`) is billed by the provider above the input price when it is
 * written: 1.25× for the default 5-minute cache, 2× with `ttl: "1h"`. The worst case priced it at the input price, so
 * a request whose prompt fitted the budget at 1× was let through to be billed up to 2× (ADR 0061). Now its worst
 * case holds the write, and it gets the door's 402 before any call when the write does not fit. Only a model that
 * bills cache writes (its catalog entry lists `input_cache_write`) is priced so: OpenAI's cache themselves and bill no
 * write, and a marked prompt routed to gpt-5-nano reserved up to twice what it could be billed.
 * @module
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSpendGuard } from "../../src/budget/create-spend-guard.js";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createMemoryLedger } from "../../src/storage/memory/memory-ledger.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

/** About 100,000 prompt tokens: $0.10 at claude-haiku-4.5's input price, $0.20 written to a 1-hour cache. */
const LONG = "word ".repeat(80_000);
const BUDGETS = [{ scope: "global" as const, window: "day" as const, limit_usd: 0.15 }];

// A fresh ledger for each case: each request would spend most of the budget.
let gateway: Gateway;
beforeEach(async () => {
  const spendGuard = createSpendGuard({ ledger: createMemoryLedger(), budgets: BUDGETS, clock: SYSTEM_CLOCK });
  gateway = await startGateway({ config: { budgets: BUDGETS }, app: { spendGuard } });
});
afterEach(async () => gateway.close());

async function messages(cacheControl: object | undefined, model = "anthropic/claude-haiku-4.5"): Promise<number> {
  const text = { type: "text", text: LONG, ...(cacheControl ? { cache_control: cacheControl } : {}) };
  const body = { model, max_tokens: 20, system: [text], messages: [{ role: "user", content: "Summarize it." }] };
  const response = await fetch(`${gateway.url}/v1/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  await response.text();
  return response.status;
}

describe("a prompt marked for caching in the reservation", () => {
  it("a 1-hour cache write that passes what is left is refused before any call", async () => {
    expect(await messages({ type: "ephemeral", ttl: "1h" })).toBe(402);
    expect(gateway.simulator.calls).toEqual([]);
  });

  it("the same prompt written to the 5-minute cache fits", async () => {
    expect(await messages({ type: "ephemeral" })).toBe(200);
  });

  it("the same prompt unmarked fits", async () => {
    expect(await messages(undefined)).toBe(200);
  });

  it("a model that bills no cache write reserves the marked prompt at its input price", async () => {
    await gateway.close();
    const tight = [{ scope: "global" as const, window: "day" as const, limit_usd: 0.0075 }];
    const spendGuard = createSpendGuard({ ledger: createMemoryLedger(), budgets: tight, clock: SYSTEM_CLOCK });
    gateway = await startGateway({ config: { budgets: tight }, app: { spendGuard } });
    // $0.005 at gpt-5-nano's input price: it was reserved at $0.01 for a 1-hour write and refused.
    expect(await messages({ type: "ephemeral", ttl: "1h" }, "openai/gpt-5-nano")).toBe(200);
  });
});
