/**
 * A 402 refused while the cap is held by a request in flight, not by settled spend (round 21, ADR 0077): the message
 * says what the requests in flight hold and to retry, the answer carries `Retry-After`, on the OpenAI and the
 * Anthropic door; once the request in flight settles, the same request is served. Real HTTP, the simulator upstream.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createSpendGuard } from "../../src/budget/create-spend-guard.js";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createMemoryLedger } from "../../src/storage/memory/memory-ledger.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const TIER = { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } };
const chat = (content: string) => ({ model: "switchyard/tier/e2e", messages: [{ role: "user", content }] });
const messages = (content: string) => ({ ...chat(content), max_tokens: 100 });

/** The gateway's spend guard over a fresh ledger, one global daily budget of `limitUsd`. */
const guarded = (limitUsd: number) => ({ spendGuard: createSpendGuard({ ledger: createMemoryLedger(), budgets: [{ scope: "global", window: "day", limit_usd: limitUsd }], clock: SYSTEM_CLOCK }) });

let gateway: Gateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

async function post(url: string, path: string, body: unknown): Promise<{ status: number; retryAfter: string | null; text: string }> {
  const response = await fetch(`${url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), text: await response.text() };
}

/** The worst case the gateway reserves for one `chat("Count.")`, read from a 402 of a cap too small for anything. */
async function worstCaseUsd(): Promise<number> {
  const probe = await startGateway({ config: { tiers: TIER }, app: guarded(0) });
  try {
    const refused = await post(probe.url, "/v1/chat/completions", chat("Count."));
    const upTo = /may cost up to \$([0-9]+\.[0-9]+)/.exec(refused.text)?.[1];
    expect(upTo).toBeDefined();
    return Number(upTo);
  } finally {
    await probe.close();
  }
}

describe("a budget held only by a request in flight", () => {
  it("refuses 402 saying the room is held in flight, with Retry-After, and serves once it settles", async () => {
    const worst = await worstCaseUsd();
    // Room for one worst case and a half: a second request fits beside the first's settled cost, not its reservation.
    // The first answer is held back 3 s (within first_token_ms), long past the two refused requests on loaded cores.
    const upstream = { timeouts: { first_token_ms: 5_000, idle_ms: 5_000, total_ms: 15_000, connect_ms: 1_000 }, max_retry_after_ms: 100 };
    gateway = await startGateway({ config: { tiers: TIER, upstream }, app: guarded(worst * 1.5), simulator: { slowMs: 3_000, recordCalls: true } });
    gateway.simulator.setFault("openai/gpt-5-nano", "slow_first_token");
    const url = gateway.url;
    const first = post(url, "/v1/chat/completions", chat("Count."));
    await expect.poll(() => gateway?.simulator.calls.length, { timeout: 5_000 }).toBe(1);

    const openai = await post(url, "/v1/chat/completions", chat("Count."));
    expect(openai.status).toBe(402);
    expect(openai.retryAfter).toBe("2");
    expect(JSON.parse(openai.text)).toMatchObject({ error: { code: "budget_exceeded", message: expect.stringContaining("held by requests still in flight") } });
    const anthropic = await post(url, "/v1/messages", messages("Count."));
    expect(anthropic.status).toBe(402);
    expect(anthropic.retryAfter).toBe("2");
    expect(JSON.parse(anthropic.text)).toMatchObject({ type: "error", error: { message: expect.stringContaining("retry in a few seconds") } });

    expect((await first).status).toBe(200);
    gateway.simulator.setFault("openai/gpt-5-nano", null);
    expect((await post(url, "/v1/chat/completions", chat("Count."))).status).toBe(200);
  });
});
