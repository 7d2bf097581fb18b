import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const [ONLY] = CHAIN;
const COOLDOWN_MS = 30_000;

/**
 * When every model of the chain is skipped by an open circuit, the 503 says how long to wait: the OpenAI and
 * Anthropic SDKs (Claude Code among them) honour Retry-After, and without it they retry into the same open circuit.
 */
describe("a chain whose every circuit is open", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway({
      config: { tiers: { e2e: { models: [ONLY], max_tokens: 300 } }, circuit_breaker: { failures: 2, window_ms: 60_000, cooldown_ms: COOLDOWN_MS } },
    });
    gateway.simulator.setFault(ONLY, "unavailable");
    const body = JSON.stringify(ask());
    for (let i = 0; i < 2; i += 1) await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body });
  });
  afterAll(async () => gateway.close());

  it("answers 503 circuit_open with Retry-After up to the cooldown, on the chat door", async () => {
    const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ask()) });
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(response.status).toBe(503);
    expect(body.error.code).toBe("circuit_open");
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(COOLDOWN_MS / 1000 - 5);
    expect(retryAfter).toBeLessThanOrEqual(COOLDOWN_MS / 1000);
    expect(body.error.message).toMatch(new RegExp(`${ONLY}\\. Retry in ${retryAfter} s\\.`));
  });

  it("and on the Messages door, in Anthropic's envelope", async () => {
    const response = await fetch(`${gateway.url}/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" },
      body: JSON.stringify({ model: "switchyard/tier/e2e", max_tokens: 50, messages: [{ role: "user", content: "hi" }] }),
    });
    expect(response.status).toBe(529);
    expect(((await response.json()) as { error: { type: string } }).error.type).toBe("overloaded_error");
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

/**
 * A chain whose first model is skipped for its open circuit and whose next model fails: the 502/503 listed only the
 * model called ("every fallback failed (1 attempt): 1. mistralai/…"), so the client was never told the chain's first
 * model had not been tried at all, nor why (a walk of journey 5 met it with one instance's failures opening the circuit
 * for the other).
 */
describe("a chain whose first circuit is open and whose next model fails", () => {
  const [FIRST, SECOND] = CHAIN;
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway({
      config: { tiers: { e2e: { models: [FIRST, SECOND], max_tokens: 300 } }, circuit_breaker: { failures: 2, window_ms: 60_000, cooldown_ms: COOLDOWN_MS } },
    });
    gateway.simulator.setFault(FIRST, "unavailable");
    // Two answers from the second model, each after a failure of the first: the first's circuit opens.
    for (let i = 0; i < 2; i += 1) {
      const served = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ask()) });
      expect(served.status).toBe(200);
    }
    gateway.simulator.setFault(SECOND, "unavailable");
  });
  afterAll(async () => gateway.close());

  it("names the model skipped for its open circuit beside the attempt that failed", async () => {
    const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ask()) });
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(response.status).toBe(503);
    expect(body.error.code).toBe("all_attempts_failed");
    expect(body.error.message).toMatch(new RegExp(`^every fallback failed \\(1 attempt\\):\\n1\\. ${SECOND}: http 503`));
    expect(body.error.message).toContain(`Not called (circuit open after repeated failures): ${FIRST}.`);
    // The Messages door says the same in Anthropic's envelope (the second model's second failure: it is still called).
    const messages = await fetch(`${gateway.url}/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "switchyard/tier/e2e", max_tokens: 50, messages: [{ role: "user", content: "Say hello." }] }),
    });
    const envelope = (await messages.json()) as { type: string; error: { type: string; message: string } };
    expect(messages.status).toBe(529);
    expect(envelope).toMatchObject({ type: "error", error: { type: "overloaded_error" } });
    expect(envelope.error.message).toContain(`1. ${SECOND}: http 503`);
    expect(envelope.error.message).toContain(`Not called (circuit open after repeated failures): ${FIRST}.`);
  });
});
