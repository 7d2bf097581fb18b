/**
 * The documented Claude Code setup (docs/claude-code.md): `ANTHROPIC_BASE_URL` = the gateway and a virtual key as
 * `ANTHROPIC_AUTH_TOKEN`, which the Anthropic SDK (Claude Code's client) sends as `Authorization: Bearer`.
 * Here the SDK is configured exactly that way against a gateway with keys.
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createKeyAuth } from "../../src/server/auth/create-key-auth.js";
import { createMemoryKeyStore } from "../../src/storage/memory/memory-key-store.js";
import { createMemoryRateLimiter } from "../../src/storage/memory/memory-rate-limiter.js";
import { issueVirtualKey } from "../../src/storage/virtual-key-secret.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

/** What docs/claude-code.md tells users to export. */
function claudeCodeEnvironment(gateway: Gateway, key: string): Record<string, string> {
  return { ANTHROPIC_BASE_URL: gateway.url, ANTHROPIC_AUTH_TOKEN: key, ANTHROPIC_MODEL: "switchyard/auto", ANTHROPIC_DEFAULT_HAIKU_MODEL: "switchyard/tier/e2e" };
}

/** The client Claude Code builds from that environment. */
function clientFrom(env: Record<string, string>): Anthropic {
  return new Anthropic({ baseURL: env.ANTHROPIC_BASE_URL ?? null, authToken: env.ANTHROPIC_AUTH_TOKEN ?? null, apiKey: null, maxRetries: 0 });
}

describe("Claude Code's setup: ANTHROPIC_BASE_URL + a virtual key as ANTHROPIC_AUTH_TOKEN", () => {
  let gateway: Gateway;
  let secret: string;
  let otherSecret: string;
  beforeAll(async () => {
    const keys = createMemoryKeyStore();
    secret = (await issueVirtualKey(keys, { name: "claude-code" }, { now: Date.now() })).secret;
    otherSecret = (await issueVirtualKey(keys, { name: "someone-else" }, { now: Date.now() })).secret;
    gateway = await startGateway({
      config: { tiers: { e2e: { models: ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct"], max_tokens: 300 } } },
      app: { authenticate: createKeyAuth({ keys, clock: SYSTEM_CLOCK, rateLimiter: createMemoryRateLimiter() }) },
    });
  });
  afterAll(async () => gateway.close());

  it("routes an agent turn with the key as a Bearer token, and logs the key and the door", async () => {
    const env = claudeCodeEnvironment(gateway, secret);
    const client = clientFrom(env);
    const message = await client.messages.create({
      model: env.ANTHROPIC_DEFAULT_HAIKU_MODEL ?? "",
      max_tokens: 100,
      metadata: { user_id: "user_abc_account_1_session_42" },
      messages: [{ role: "user", content: "Say hello to the gateway." }],
    });
    expect(message.content[0]?.type).toBe("text");
    expect(gateway.records.at(-1)).toMatchObject({ door: "messages", outcome: "served" });
    expect(gateway.records.at(-1)?.keyId).toMatch(/^key_/);
    const stream = client.messages.stream({ model: env.ANTHROPIC_MODEL ?? "", max_tokens: 100, messages: [{ role: "user", content: "Write a TypeScript function that adds two numbers." }] });
    expect((await stream.finalMessage()).stop_reason).toBe("end_turn");
  });

  it("accepts the same key as x-api-key (ANTHROPIC_API_KEY) and counts tokens", async () => {
    const client = new Anthropic({ baseURL: gateway.url, apiKey: secret, maxRetries: 0 });
    const counted = await client.messages.countTokens({ model: "switchyard/auto", messages: [{ role: "user", content: "How many tokens is this?" }] });
    expect(counted.input_tokens).toBeGreaterThan(0);
  });

  it("refuses a wrong token with 401 in Anthropic's envelope, on messages and count_tokens alike", async () => {
    const client = clientFrom(claudeCodeEnvironment(gateway, "sk-sy-wrong-000000000000000000000000"));
    const error = await client.messages.create({ model: "switchyard/auto", max_tokens: 10, messages: [{ role: "user", content: "hi" }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.AuthenticationError);
    expect(((error as InstanceType<typeof Anthropic.APIError>).error as { error: { type: string } }).error.type).toBe("authentication_error");
    const counted = await client.messages.countTokens({ model: "switchyard/auto", messages: [{ role: "user", content: "hi" }] }).catch((caught: unknown) => caught);
    expect(counted).toBeInstanceOf(Anthropic.AuthenticationError);
    expect(gateway.records.at(-1)).toMatchObject({ door: "messages", outcome: "refused", status: 401 });
  });

  it("keeps stored Responses to the key that created them", async () => {
    const mine = new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: secret, maxRetries: 0 });
    const theirs = new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: otherSecret, maxRetries: 0 });
    const first = await mine.responses.create({ model: "switchyard/tier/e2e", input: "Say hello to the gateway." });
    expect((await mine.responses.create({ model: "switchyard/tier/e2e", input: "Again.", previous_response_id: first.id })).status).toBe("completed");
    const error = await theirs.responses.create({ model: "switchyard/tier/e2e", input: "Again.", previous_response_id: first.id }).catch((caught: unknown) => caught);
    expect((error as InstanceType<typeof OpenAI.APIError>).code).toBe("previous_response_not_found");
    // Counting tokens reads the stored conversation under the same key, and refuses another key's alike.
    expect((await mine.responses.inputTokens.count({ model: "switchyard/tier/e2e", input: "Again.", previous_response_id: first.id })).input_tokens).toBeGreaterThan(0);
    const counted = await theirs.responses.inputTokens.count({ model: "switchyard/tier/e2e", input: "Again.", previous_response_id: first.id }).catch((caught: unknown) => caught);
    expect((counted as InstanceType<typeof OpenAI.APIError>).code).toBe("previous_response_not_found");
    const anonymous = await new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: "sk-sy-wrong-000000000000000000000000", maxRetries: 0 }).responses.inputTokens.count({ input: "hi" }).catch((caught: unknown) => caught);
    expect(anonymous).toBeInstanceOf(OpenAI.AuthenticationError);
  });
});

describe("the Anthropic SDK's models API through the gateway", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());
  const client = (): Anthropic => new Anthropic({ baseURL: gateway.url, authToken: "sk-sy-x", apiKey: null, maxRetries: 0 });

  it("retrieves a Claude model by Anthropic's name, as /v1/messages resolves it, with Anthropic's fields", async () => {
    const model = await client().models.retrieve("claude-sonnet-4-5-20250929");
    expect(model).toMatchObject({ id: "anthropic/claude-sonnet-4.5", type: "model" });
    expect(model.display_name.length).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(model.created_at))).toBe(false);
    // The name /v1/messages is sent is the one it answers on.
    const message = await client().messages.create({ model: "claude-sonnet-4-5", max_tokens: 20, messages: [{ role: "user", content: "hi" }] });
    expect(message.model).toBe(model.id);
  });

  it("lists the virtual models and the catalog in Anthropic's page shape", async () => {
    const page = await client().models.list();
    expect(page.has_more).toBe(false);
    expect(page.first_id).toBe("switchyard/auto");
    expect(page.last_id).toBe(page.data.at(-1)?.id);
    const ids: string[] = [];
    for await (const model of client().models.list()) ids.push(model.id);
    expect(ids).toContain("switchyard/auto");
    expect(ids).toContain("anthropic/claude-sonnet-4.5");
  });

  it("an unknown model is a 404 in Anthropic's envelope for an Anthropic client, OpenAI's for an OpenAI one", async () => {
    const error = await client().models.retrieve("claude-nonexistent-9").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.NotFoundError);
    expect((error as InstanceType<typeof Anthropic.APIError>).error).toMatchObject({ type: "error", error: { type: "not_found_error" } });
    const openai = await gateway.client.models.retrieve("claude-nonexistent-9").catch((caught: unknown) => caught);
    expect((openai as InstanceType<typeof OpenAI.APIError>).code).toBe("model_not_found");
  });
});
