/**
 * `/v1/responses` with `store` when the conversation store refuses the write (a real Redis that takes no writes and
 * still answers reads), with the official `openai` SDK: the answer, recorded and paid for, is sent, saying
 * `store: false`; the failure is logged with the response id; and a later `previous_response_id` naming it gets a
 * 400 saying it was never stored, without a call upstream (docs/decisions/0024-responses-store-write-failure.md).
 */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRedisConversationStore } from "../../src/storage/redis/redis-conversation-store.js";
import { startReadOnlyRedis, type ReadOnlyRedis } from "../support/read-only-redis.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";
/** `store` is in the Response object OpenAI sends; the SDK's type leaves it out. */
const stored = (response: OpenAI.Responses.Response | undefined): unknown => (response as { store?: unknown } | undefined)?.store;

describe("/v1/responses when the store write fails", () => {
  let redis: ReadOnlyRedis;
  let gateway: Gateway;
  beforeAll(async () => {
    redis = await startReadOnlyRedis();
    gateway = await startGateway({ app: { conversations: createRedisConversationStore(redis.redis, { prefix: "{sy-ro}:" }) } });
  });
  afterAll(async () => {
    await gateway.close();
    await redis.close();
  });
  beforeEach(() => {
    gateway.simulator.reset();
    gateway.logs.length = 0;
  });

  function storeFailures(id: string): unknown[] {
    return gateway.logs.map((line) => JSON.parse(line) as { msg?: string; responseId?: string; err?: { message?: string } }).filter((line) => line.msg?.startsWith("a Responses answer could not be stored") && line.responseId === id);
  }

  async function continueFrom(id: string): Promise<InstanceType<typeof OpenAI.APIError>> {
    const error = await gateway.client.responses.create({ model: MODEL, input: "And then?", previous_response_id: id }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    return error as InstanceType<typeof OpenAI.APIError>;
  }

  it("answers saying store: false, logs it, and a later previous_response_id hears it was never stored", async () => {
    const response = await gateway.client.responses.create({ model: MODEL, input: "Say hello to the gateway." });
    expect(response.status).toBe("completed");
    expect(response.output_text).toContain("simulated answer");
    expect(stored(response)).toBe(false);
    expect(storeFailures(response.id)).toEqual([expect.objectContaining({ err: expect.objectContaining({ message: expect.stringContaining("READONLY") }) })]);

    const calls = gateway.simulator.calls.length;
    const error = await continueFrom(response.id);
    expect(error.status).toBe(400);
    expect(error.code).toBe("previous_response_not_found");
    expect(error.message).toContain(`Previous response with id '${response.id}' was answered but never stored`);
    expect(gateway.simulator.calls.length).toBe(calls);
    const readBack = (await gateway.client.responses.retrieve(response.id).catch((caught: unknown) => caught)) as InstanceType<typeof OpenAI.APIError>;
    expect(readBack.status).toBe(404);
    expect(readBack.message).toContain("was answered but never stored");
  });

  it("a stream's final response.completed says store: false", async () => {
    const stream = await gateway.client.responses.create({ model: MODEL, input: "Say hello to the gateway.", stream: true });
    let completed: OpenAI.Responses.Response | undefined;
    for await (const event of stream) if (event.type === "response.completed") completed = event.response;
    expect(completed?.output_text).toContain("simulated answer");
    expect(stored(completed)).toBe(false);
    expect(storeFailures(completed?.id ?? "")).toHaveLength(1);
    expect((await continueFrom(completed?.id ?? "")).message).toContain("was answered but never stored");
  });

  it("a delete the store refuses is a 503 storage_unavailable, never a 404 or a 200 that says it was deleted", async () => {
    const response = await fetch(`${gateway.url}/v1/responses/resp_dec_anything`, { method: "DELETE" });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: "storage_unavailable" } });
  });

  it("an id the gateway never answered is still plain not found, and store: false asks nothing of the store", async () => {
    expect((await continueFrom("resp_never_answered")).message).toMatch(/^.*Previous response with id 'resp_never_answered' not found/);
    const response = await gateway.client.responses.create({ model: MODEL, input: "Say hello to the gateway.", store: false });
    expect(stored(response)).toBe(false);
    expect(storeFailures(response.id)).toHaveLength(0);
  });
});
