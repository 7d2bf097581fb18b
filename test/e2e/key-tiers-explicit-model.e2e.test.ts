/**
 * A key limited to some tiers, used by Claude Code with its own model names (real ids such as
 * anthropic/claude-sonnet-4.5): the 403 used to say `may not use tier "explicit"`, a tier nobody named. It now says
 * the key cannot call a model by id and which virtual model to ask for instead, and on the Messages door the Claude
 * Code settings that choose the model (docs/claude-code.md).
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createKeyAuth } from "../../src/server/auth/create-key-auth.js";
import { createMemoryKeyStore } from "../../src/storage/memory/memory-key-store.js";
import { createMemoryRateLimiter } from "../../src/storage/memory/memory-rate-limiter.js";
import { issueVirtualKey } from "../../src/storage/virtual-key-secret.js";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

let gateway: Gateway;
let secret: string;
beforeAll(async () => {
  const keys = createMemoryKeyStore();
  secret = (await issueVirtualKey(keys, { name: "agents", allowedTiers: ["e2e"] }, { now: Date.now() })).secret;
  gateway = await startGateway({ app: { authenticate: createKeyAuth({ keys, clock: SYSTEM_CLOCK, rateLimiter: createMemoryRateLimiter() }) } });
});
afterAll(async () => gateway.close());

it("refuses a real model id for a tier-limited key with the way to stay in its tiers, in the Messages envelope", async () => {
  const response = await fetch(`${gateway.url}/v1/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": secret, "anthropic-version": "2023-06-01" },
    body: JSON.stringify({ model: CHAIN[0], max_tokens: 20, messages: [{ role: "user", content: "hi" }] }),
  });
  expect(response.status).toBe(403);
  const body = (await response.json()) as { error: { type: string; message: string } };
  expect(body.error.type).toBe("permission_error");
  expect(body.error.message).toBe(`Key agents may not call a model by its id (${CHAIN[0]}): it is limited to the tiers e2e. Ask for model switchyard/auto or switchyard/tier/e2e instead. In Claude Code, set ANTHROPIC_MODEL and ANTHROPIC_DEFAULT_HAIKU_MODEL to such a name.`);
  expect(gateway.simulator.calls).toHaveLength(0);
});

it("names no Claude Code setting on the Chat Completions door", async () => {
  const response = await fetch(`${gateway.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
    body: JSON.stringify({ model: CHAIN[0], messages: [{ role: "user", content: "hi" }] }),
  });
  expect(response.status).toBe(403);
  const body = (await response.json()) as { error: { message: string } };
  expect(body.error.message).toBe(`Key agents may not call a model by its id (${CHAIN[0]}): it is limited to the tiers e2e. Ask for model switchyard/auto or switchyard/tier/e2e instead.`);
});

it("refuses a `models` list from a tier-limited key: OpenRouter would fall back to those ids, outside the key's tiers", async () => {
  // The routed call went out with the client's list, so an upstream failure of the tier's model (429, 5xx, context,
  // moderation) let OpenRouter answer with any model the key may not call by id, at that model's price.
  gateway.simulator.reset();
  for (const body of [{ model: "switchyard/auto" }, { model: "switchyard/tier/e2e" }, {}]) {
    const response = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify({ ...body, models: ["openai/o3"], messages: [{ role: "user", content: "hi" }] }),
    });
    expect(response.status, JSON.stringify(body)).toBe(403);
    const answer = (await response.json()) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe("tier_not_allowed");
    expect(answer.error.message).toMatch(/may not call a model by its id \(openai\/o3[,)]/);
    // Without `model` the list's first id is the model: "ask for switchyard/auto instead" alone, followed, was refused
    // again for the list; the one change that is enough is leaving the list out.
    expect(answer.error.message, JSON.stringify(body)).toMatch(/in the request's models list.*Leave models out/);
  }
  expect(gateway.simulator.calls).toHaveLength(0);
  const allowed = await fetch(`${gateway.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
    body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] }),
  });
  expect(allowed.status).toBe(200);
});
