/**
 * Two gateway processes sharing one Redis (scale-out): a model id the door of one was answered 404 for is refused by
 * the token counters of the other, as by its own. Each process kept its own memory of such ids (round 28), so a
 * load balancer sending the count to another instance than the message answered it with a count (round 29).
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisConversationStore } from "../../src/storage/redis/redis-conversation-store.js";
import { openTestRedis } from "../../src/storage/redis/redis-test-client.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const user = [{ role: "user" as const, content: "Say hello." }];
let redis: ReturnType<typeof openTestRedis>;
let answering: Gateway;
let counting: Gateway;
beforeAll(async () => {
  redis = openTestRedis();
  const conversations = () => createRedisConversationStore(redis.redis, { prefix: redis.prefix });
  answering = await startGateway({ app: { conversations: conversations() } });
  counting = await startGateway({ app: { conversations: conversations() } });
});
afterAll(async () => {
  await answering?.close();
  await counting?.close();
  await redis?.cleanup();
});

describe("the counters of one instance and the refusals of another's doors", () => {
  it("count_tokens on B refuses the id A's Messages door was refused; other ids are counted", async () => {
    const onA = new Anthropic({ baseURL: answering.url, apiKey: "unused", maxRetries: 0 });
    const onB = new Anthropic({ baseURL: counting.url, apiKey: "unused", maxRetries: 0 });
    expect(await onA.messages.create({ model: "openai/gpt-4o-mnii", max_tokens: 50, messages: user }).catch((error: unknown) => error)).toBeInstanceOf(Anthropic.NotFoundError);
    const refused = await onB.messages.countTokens({ model: "openai/gpt-4o-mnii", messages: user }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Anthropic.NotFoundError);
    expect((await onB.messages.countTokens({ model: "openai/gpt-4o-mni", messages: user }).catch((error: unknown) => error)) as object).toMatchObject({ input_tokens: expect.any(Number) });
  });

  it("input_tokens on B refuses the id A's Responses door was refused", async () => {
    expect(await answering.client.responses.create({ model: "openai/gpt-4o-mnnni", input: "Say hello." }).catch((error: unknown) => error)).toBeInstanceOf(OpenAI.NotFoundError);
    const refused = await counting.client.responses.inputTokens.count({ model: "openai/gpt-4o-mnnni", input: "Say hello." }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OpenAI.NotFoundError);
    expect(refused).toMatchObject({ code: "model_not_found", param: "model" });
  });
});
