/**
 * The read-back routes over the stores a deployment runs: Redis shared by two instances (a response answered by one
 * is read, listed and deleted through the other, and the delete holds for both), and a value written before
 * read-back existed (format 1: the conversation only), which still continues, can be deleted, and says why it cannot
 * be read back (docs/decisions/0065-responses-read-back-storage.md).
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryConversationStore } from "../../src/storage/memory/memory-conversation-store.js";
import { createRedisConversationStore } from "../../src/storage/redis/redis-conversation-store.js";
import { openTestRedis } from "../../src/storage/redis/redis-test-client.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";
type APIError = InstanceType<typeof OpenAI.APIError>;
const failure = (promise: Promise<unknown>): Promise<APIError> => promise.then(() => { throw new Error("expected an error"); }, (error: unknown) => error as APIError);

describe("read-back through Redis shared by two instances", () => {
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

  for (const streamed of [false, true]) {
    it(`a ${streamed ? "streamed" : "non-streamed"} response answered by one instance is read, listed and deleted through the other`, async () => {
      let created: OpenAI.Responses.Response | undefined;
      if (streamed) {
        for await (const event of await first.client.responses.create({ model: MODEL, input: "What is a monad?", stream: true })) if (event.type === "response.completed") created = event.response;
      } else created = await first.client.responses.create({ model: MODEL, input: "What is a monad?" });
      if (!created) throw new Error("no response");
      const id = created.id;
      expect(JSON.parse(JSON.stringify(await second.client.responses.retrieve(id)))).toEqual(JSON.parse(JSON.stringify(created)));
      const items = await second.client.responses.inputItems.list(id);
      expect(items.data.map((item) => item.type)).toEqual(["message"]);
      const key = `${redis.prefix}conv:response:-:${id}`;
      expect(await redis.redis.exists(key)).toBe(1);

      await second.client.responses.delete(id);
      expect(await redis.redis.exists(key)).toBe(0);
      expect(await failure(first.client.responses.retrieve(id))).toBeInstanceOf(OpenAI.NotFoundError);
      const continued = await failure(first.client.responses.create({ model: MODEL, input: "And then?", previous_response_id: id }));
      expect(continued.code).toBe("previous_response_not_found");
    });
  }
});

describe("a response stored before read-back existed", () => {
  const conversations = createMemoryConversationStore();
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway({ app: { conversations } });
  });
  afterAll(async () => gateway.close());

  it("still continues, says clearly why it cannot be read back, and can be deleted", async () => {
    const old = "resp_dec_written_by_an_older_gateway";
    const formatOne = { conversationId: null, messages: [{ role: "user", content: "What is a monad?" }, { role: "assistant", content: "A monoid in the category of endofunctors." }] };
    await conversations.set(`response:-:${old}`, JSON.stringify(formatOne), 60_000);

    const readBack = await failure(gateway.client.responses.retrieve(old));
    expect(readBack.status).toBe(404);
    expect(readBack.message).toContain("was stored before this gateway could read responses back");
    const next = await gateway.client.responses.create({ model: MODEL, input: "Simpler, please.", previous_response_id: old });
    const sent = gateway.simulator.calls.at(-1)?.body as { messages: { role: string }[] };
    expect(sent.messages.map((message) => message.role)).toEqual(["user", "assistant", "user"]);
    // The new response reads back; its items are not known in full (the older turn's were never kept), and it says so.
    expect((await gateway.client.responses.retrieve(next.id)).previous_response_id).toBe(old);
    expect((await failure(gateway.client.responses.inputItems.list(next.id))).message).toContain("continues a response stored before");

    await gateway.client.responses.delete(old);
    expect(await conversations.get(`response:-:${old}`)).toBeUndefined();
  });
});
