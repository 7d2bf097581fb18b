/**
 * Conversation affinity through the doors: a conversation keeps the model that answered it until that model
 * fails or a budget forces a change; identified by `x-switchyard-session`, `metadata.user_id`, or the hash of
 * its first messages; shared between gateway instances through Redis.
 */
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSpendGuard } from "../../src/budget/create-spend-guard.js";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createMemoryLedger } from "../../src/storage/memory/memory-ledger.js";
import { createRedisConversationStore } from "../../src/storage/redis/redis-conversation-store.js";
import { openTestRedis } from "../../src/storage/redis/redis-test-client.js";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";
import { anthropicClient, useMessagesGateway } from "../support/messages-gateway.js";

const [PRIMARY, SECONDARY, THIRD] = CHAIN;
const MODEL = "switchyard/tier/e2e";

/** Turn 1 and turn 2 of a conversation, as an agent sends them. */
function turns(question: string): { first: Anthropic.MessageParam[]; second: (answer: string) => Anthropic.MessageParam[] } {
  const first: Anthropic.MessageParam[] = [{ role: "user", content: question }];
  return { first, second: (answer) => [...first, { role: "assistant", content: answer }, { role: "user", content: "Now shorter, please." }] };
}

async function turn(client: Anthropic, messages: Anthropic.MessageParam[], headers: Record<string, string> = {}, model = MODEL): Promise<{ text: string; model: string | null; affinity: string | null }> {
  const { data, response } = await client.messages.create({ model, max_tokens: 100, messages }, { headers }).withResponse();
  const block = data.content[0];
  return { text: block?.type === "text" ? block.text : "", model: response.headers.get("x-switchyard-model"), affinity: response.headers.get("x-switchyard-affinity") };
}

describe("conversation affinity (memory store)", () => {
  const door = useMessagesGateway();

  it("keeps the model that answered turn 1 (found by the hash of the first messages)", async () => {
    const conversation = turns("Explain recursion with one example.");
    door.gateway.simulator.setFault(PRIMARY, "server_error");
    const first = await turn(door.client, conversation.first);
    expect(first).toMatchObject({ model: SECONDARY, affinity: "new" });
    door.gateway.simulator.reset();
    const second = await turn(door.client, conversation.second(first.text));
    // The tier would route to PRIMARY now; the conversation stays where it is.
    expect(second).toMatchObject({ model: SECONDARY, affinity: "hit" });
    expect(door.gateway.records.at(-1)).toMatchObject({ affinity: "hit", model: SECONDARY, door: "messages" });
  });

  it("moves when the kept model fails, and stays on the new one", async () => {
    const session = { "x-switchyard-session": "agent-run-7" };
    const conversation = turns("List three sorting algorithms.");
    door.gateway.simulator.setFault(PRIMARY, "server_error");
    const first = await turn(door.client, conversation.first, session);
    door.gateway.simulator.reset();
    door.gateway.simulator.setFault(SECONDARY, "unavailable");
    const second = await turn(door.client, conversation.second(first.text), session);
    expect(second).toMatchObject({ model: PRIMARY, affinity: "moved" });
    door.gateway.simulator.reset();
    const third = await turn(door.client, [...conversation.second(first.text), { role: "assistant", content: second.text }, { role: "user", content: "Thanks." }], session);
    expect(third).toMatchObject({ model: PRIMARY, affinity: "hit" });
  });

  it("a request that names another tier gets that tier's model, not the conversation's", async () => {
    const session = { "x-switchyard-session": "mixed-tiers" };
    door.gateway.simulator.setFault(PRIMARY, "server_error");
    door.gateway.simulator.setFault(SECONDARY, "server_error");
    const first = await turn(door.client, [{ role: "user", content: "Prove the four colour theorem's easy half." }], session);
    expect(first.model).toBe(THIRD);
    door.gateway.simulator.reset();
    // The standard tier does not hold the conversation's model: the request gets the standard tier's own.
    const standard = await turn(door.client, [{ role: "user", content: "hi" }], session, "switchyard/tier/standard");
    expect(standard).toMatchObject({ model: "google/gemini-2.5-flash", affinity: "moved" });
    // That side request did not become the conversation's model: back on its own tier, the conversation keeps THIRD.
    expect(await turn(door.client, [{ role: "user", content: "Prove the four colour theorem's easy half." }], session)).toMatchObject({ model: THIRD, affinity: "hit" });
  });

  it("a kept turn answers as the tier its model was chosen on: its header, its budgets", async () => {
    const session = { "x-switchyard-session": "tier-of-the-kept-model" };
    const hard = [{ role: "user" as const, content: "Prove that there are infinitely many primes p with p ≡ 3 (mod 4), then derive an explicit bound on the n-th such prime and check it numerically for n up to 50." }];
    const first = await door.client.messages.create({ model: "switchyard/auto", max_tokens: 4000, messages: hard }, { headers: session }).withResponse();
    const tier = first.response.headers.get("x-switchyard-tier");
    const thanks = [...hard, { role: "assistant" as const, content: "Here is the proof." }, { role: "user" as const, content: "thanks" }];
    const second = await door.client.messages.create({ model: "switchyard/auto", max_tokens: 4000, messages: thanks }, { headers: session }).withResponse();
    expect(second.response.headers.get("x-switchyard-affinity")).toBe("hit");
    expect(second.response.headers.get("x-switchyard-tier")).toBe(tier);
    expect(door.gateway.records.at(-1)?.tier).toBe(tier);
    // What "thanks" alone reads as is a cheaper tier: the kept turn is not charged there.
    const alone = await door.client.messages.create({ model: "switchyard/auto", max_tokens: 100, messages: [{ role: "user", content: "thanks" }] }).withResponse();
    expect(alone.response.headers.get("x-switchyard-tier")).not.toBe(tier);
  });

  it("a turn's small max_tokens (a quota check) is not carried into the conversation's later turns", async () => {
    const session = { "x-switchyard-session": "quota-check-then-work" };
    const hard = [{ role: "user" as const, content: "Prove that there are infinitely many primes p with p ≡ 3 (mod 4), then derive an explicit bound on the n-th such prime." }];
    await door.client.messages.create({ model: "switchyard/auto", max_tokens: 1, messages: hard }, { headers: session });
    const next = [...hard, { role: "assistant" as const, content: "…" }, { role: "user" as const, content: "Go on, with the full proof." }];
    const second = await door.client.messages.create({ model: "switchyard/auto", max_tokens: 4000, messages: next }, { headers: session }).withResponse();
    expect(second.response.headers.get("x-switchyard-affinity")).toBe("hit");
    const sent = door.gateway.simulator.calls.at(-1)?.body as { max_tokens: number };
    expect(sent.max_tokens).toBeGreaterThan(1);
    // And a turn that gives no max_tokens (the chat door allows that) gets its tier's default, not the quota check's 1.
    const third = [...next, { role: "assistant" as const, content: "…" }, { role: "user" as const, content: "Thanks, and one more step." }];
    const answer = await fetch(`${door.gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json", ...session }, body: JSON.stringify({ model: "switchyard/auto", messages: third }) });
    expect(answer.headers.get("x-switchyard-affinity")).toBe("hit");
    expect((door.gateway.simulator.calls.at(-1)?.body as { max_tokens: number }).max_tokens).toBeGreaterThan(1);
  });

  it("metadata.user_id names the conversation; an explicit model id bypasses affinity", async () => {
    door.gateway.simulator.setFault(PRIMARY, "server_error");
    await door.client.messages.create({ model: MODEL, max_tokens: 50, metadata: { user_id: "session-abc" }, messages: [{ role: "user", content: "Hello?" }] });
    door.gateway.simulator.reset();
    const { response } = await door.client.messages.create({ model: MODEL, max_tokens: 50, metadata: { user_id: "session-abc" }, messages: [{ role: "user", content: "A different opening, same session." }] }).withResponse();
    expect(response.headers.get("x-switchyard-model")).toBe(SECONDARY);
    expect(response.headers.get("x-switchyard-affinity")).toBe("hit");
    const explicit = await turn(door.client, [{ role: "user", content: "Hello?" }], { "x-switchyard-session": "session-abc" }, THIRD);
    expect(explicit).toMatchObject({ model: THIRD, affinity: null });
    expect(door.gateway.records.at(-1)?.affinity).toBeNull();
  });
});

describe("a budget forces a change", () => {
  let gateway: Gateway;
  const ledger = createMemoryLedger();
  const budgets = [{ scope: "tier" as const, name: "e2e", window: "day" as const, limit_usd: 1 }];
  const spendGuard = createSpendGuard({ ledger, budgets, clock: SYSTEM_CLOCK });
  beforeAll(async () => {
    gateway = await startGateway({
      config: { tiers: { cheap: { models: [THIRD], max_tokens: 300 }, e2e: { models: [PRIMARY, SECONDARY], max_tokens: 300 } }, budgets, on_exceed: "downgrade" },
      app: { spendGuard },
    });
  });
  afterAll(async () => gateway.close());

  it("moves the conversation one tier down when the tier's budget is spent", async () => {
    const client = anthropicClient(gateway.url);
    const conversation = turns("Summarize the plot of Hamlet.");
    const first = await turn(client, conversation.first);
    expect(first).toMatchObject({ model: PRIMARY, affinity: "new" });
    const spent = await spendGuard.reserve({ requestId: "spend-it-all", scope: { task: "chat", tier: "e2e" }, amountUsd: 0.999_99 });
    await spendGuard.settle(spent, 0.999_99);
    const second = await turn(client, conversation.second(first.text));
    expect(second).toMatchObject({ model: THIRD, affinity: "moved" });
  });
});

describe("conversation affinity shared through Redis", () => {
  const redis = openTestRedis(process.env.SWITCHYARD_TEST_REDIS_URL);
  let first: Gateway;
  let second: Gateway;
  beforeAll(async () => {
    const conversations = createRedisConversationStore(redis.redis, { prefix: redis.prefix });
    first = await startGateway({ app: { conversations } });
    second = await startGateway({ app: { conversations } });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await redis.cleanup();
  });

  it("a conversation started on one instance keeps its model on another, and expires with its TTL", async () => {
    const conversation = turns("What is a monad?");
    first.simulator.setFault(PRIMARY, "server_error");
    const one = await turn(anthropicClient(first.url), conversation.first);
    expect(one.model).toBe(SECONDARY);
    const two = await turn(anthropicClient(second.url), conversation.second(one.text));
    expect(two).toMatchObject({ model: SECONDARY, affinity: "hit" });
    const keys = await redis.redis.keys(`${redis.prefix}conv:affinity:*`);
    expect(keys.length).toBeGreaterThan(0);
    const ttl = await redis.redis.pttl(keys[0] ?? "");
    expect(ttl).toBeGreaterThan(3_000_000);
    expect(ttl).toBeLessThanOrEqual(3_600_000);
  });
});
