/**
 * The Responses API's read-back routes with the official `openai` SDK: `responses.retrieve`, `responses.delete` and
 * `responses.inputItems.list` on a stored response, streamed or not, for the key that created it only; a deleted
 * response is gone for `previous_response_id` too. Before, every one of them was a 404 "cannot be read back", and a
 * team asked to delete a user's stored conversation could not (docs/decisions/0065-responses-read-back-storage.md).
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createKeyAuth } from "../../src/server/auth/create-key-auth.js";
import { createMemoryKeyStore } from "../../src/storage/memory/memory-key-store.js";
import { createMemoryRateLimiter } from "../../src/storage/memory/memory-rate-limiter.js";
import { issueVirtualKey } from "../../src/storage/virtual-key-secret.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";
type APIError = InstanceType<typeof OpenAI.APIError>;
const failure = (promise: Promise<unknown>): Promise<APIError> => promise.then(() => { throw new Error("expected an error"); }, (error: unknown) => error as APIError);

describe("/v1/responses read-back with the openai SDK", () => {
  let gateway: Gateway;
  let owner: OpenAI;
  let other: OpenAI;
  let limited: OpenAI;
  beforeAll(async () => {
    const keys = createMemoryKeyStore();
    const issue = async (name: string, rpm?: number): Promise<string> => (await issueVirtualKey(keys, { name, ...(rpm ? { rpm } : {}) }, { now: Date.now() })).secret;
    const [a, b, c] = [await issue("team-a"), await issue("team-b"), await issue("team-c", 2)];
    gateway = await startGateway({ app: { authenticate: createKeyAuth({ keys, clock: SYSTEM_CLOCK, rateLimiter: createMemoryRateLimiter() }) } });
    const client = (apiKey: string): OpenAI => new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey, maxRetries: 0 });
    [owner, other, limited] = [client(a), client(b), client(c)];
  });
  afterAll(async () => gateway.close());

  it("retrieves a non-streamed response as it was answered, lists its input items, and deletes it", async () => {
    const created = await owner.responses.create({ model: MODEL, instructions: "Be brief.", input: "Say hello to the gateway." });
    const retrieved = await owner.responses.retrieve(created.id);
    expect(JSON.parse(JSON.stringify(retrieved))).toEqual(JSON.parse(JSON.stringify(created)));
    const items = await owner.responses.inputItems.list(created.id);
    expect(items.data).toEqual([{ id: expect.stringMatching(/^msg_/), type: "message", role: "user", status: "completed", content: [{ type: "input_text", text: "Say hello to the gateway." }] }]);

    const raw = await fetch(`${gateway.url}/v1/responses/${created.id}`, { method: "DELETE", headers: { authorization: `Bearer ${owner.apiKey}` } });
    expect(raw.status).toBe(200);
    expect(await raw.json()).toEqual({ id: created.id, object: "response", deleted: true });
    const logged = gateway.logs.map((line) => JSON.parse(line) as { msg?: string; responseId?: string; keyId?: string }).find((line) => line.msg === "a stored response was deleted");
    expect(logged).toMatchObject({ responseId: created.id, keyId: expect.stringMatching(/^key_/) });
    expect(gateway.logs.join("")).not.toContain("Say hello to the gateway.");

    const gone = await failure(owner.responses.retrieve(created.id));
    expect(gone).toBeInstanceOf(OpenAI.NotFoundError);
    expect(gone.message).toContain("was deleted");
    expect(await failure(owner.responses.inputItems.list(created.id))).toBeInstanceOf(OpenAI.NotFoundError);
    expect(await failure(owner.responses.delete(created.id))).toBeInstanceOf(OpenAI.NotFoundError);
    const calls = gateway.simulator.calls.length;
    const continued = await failure(owner.responses.create({ model: MODEL, input: "And then?", previous_response_id: created.id }));
    expect(continued.status).toBe(400);
    expect(continued.code).toBe("previous_response_not_found");
    expect(continued.message).toContain("was deleted");
    expect(gateway.simulator.calls.length).toBe(calls);
  });

  it("retrieves a streamed response as its response.completed said, and lists a continued conversation's items in pages", async () => {
    const stream = await owner.responses.create({ model: MODEL, input: "What is a monad?", stream: true });
    let completed: OpenAI.Responses.Response | undefined;
    for await (const event of stream) if (event.type === "response.completed") completed = event.response;
    if (!completed) throw new Error("no response.completed");
    const first = completed;
    expect(JSON.parse(JSON.stringify(await owner.responses.retrieve(first.id)))).toEqual(JSON.parse(JSON.stringify(first)));
    const second = await owner.responses.create({ model: MODEL, previous_response_id: first.id, input: [{ role: "user", content: "Shorter, please." }] });
    const expected = [
      { type: "message", role: "user", text: "What is a monad?" },
      { type: "message", role: "assistant", text: first.output_text },
      { type: "message", role: "user", text: "Shorter, please." },
    ];
    const asc = await owner.responses.inputItems.list(second.id, { order: "asc" });
    expect(asc.data.map(summary)).toEqual(expected);
    expect(asc.data[1]?.id).toBe(first.output[0]?.id);
    expect(new Set(asc.data.map((item) => item.id)).size).toBe(3);
    // Newest first by default, one per page: the SDK follows `after` with each page's last id.
    const paged: string[] = [];
    for await (const item of owner.responses.inputItems.list(second.id, { limit: 1 })) paged.push(item.id ?? "");
    expect(paged).toEqual(asc.data.map((item) => item.id).reverse());
    const page = await owner.get(`/responses/${second.id}/input_items?limit=2&order=asc`);
    expect(page).toMatchObject({ object: "list", has_more: true, first_id: asc.data[0]?.id, last_id: asc.data[1]?.id });
    const last = await owner.get(`/responses/${second.id}/input_items?order=asc&after=${asc.data[1]?.id}`);
    expect(last).toMatchObject({ has_more: false, first_id: asc.data[2]?.id, last_id: asc.data[2]?.id });
    // The earlier response is still there: deleting the later one deletes only it.
    await owner.responses.delete(second.id);
    expect((await owner.responses.retrieve(first.id)).id).toBe(first.id);
  });

  it("lists an item sent again with an id already in the conversation under an id of its own, so paging ends", async () => {
    // An input item keeps the id it came with; one sent again (the same id in a later turn) made two items with one
    // id, and `after` (the first with that id) sent the SDK's paging back round the same items forever.
    const mine = { type: "message", id: "msg_client_1", role: "user", content: "One." } as const;
    const first = await owner.responses.create({ model: MODEL, input: [{ role: "user", content: "Zero." }, mine] });
    const second = await owner.responses.create({ model: MODEL, previous_response_id: first.id, input: [{ ...mine, content: "Two." }] });
    const paged: string[] = [];
    for await (const item of owner.responses.inputItems.list(second.id, { limit: 1 })) {
      paged.push(item.id ?? "");
      if (paged.length > 10) break;
    }
    expect(paged).toHaveLength(4);
    expect(new Set(paged).size).toBe(4);
    expect(paged.at(-2)).toBe("msg_client_1");
  });

  it("another key's response is not found to read, list or delete, and stays for its owner", async () => {
    const created = await owner.responses.create({ model: MODEL, input: "Say hello to the gateway." });
    for (const attempt of [() => other.responses.retrieve(created.id), () => other.responses.inputItems.list(created.id), () => other.responses.delete(created.id)]) {
      const error = await failure(attempt());
      expect(error).toBeInstanceOf(OpenAI.NotFoundError);
      expect(error.message).toContain(`Response with id '${created.id}' not found`);
      expect(error.error).toMatchObject({ type: "invalid_request_error", code: "not_found" });
    }
    expect((await owner.responses.retrieve(created.id)).id).toBe(created.id);
    const anonymous = await fetch(`${gateway.url}/v1/responses/${created.id}`);
    expect(anonymous.status).toBe(401);
  });

  it("store: false leaves nothing to read back; bad list parameters are 400s naming them", async () => {
    const unstored = await owner.responses.create({ model: MODEL, input: "Say hello to the gateway.", store: false });
    expect((await failure(owner.responses.retrieve(unstored.id))).message).toContain("only when `store` is not false");
    const created = await owner.responses.create({ model: MODEL, input: "Say hello to the gateway." });
    for (const [query, param] of [["limit=0", "limit"], ["limit=101", "limit"], ["order=up", "order"], ["include[]=nope", "include"], ["after=item_unknown", "after"]] as const) {
      const error = await failure(owner.get(`/responses/${created.id}/input_items?${query}`));
      expect(error.status).toBe(400);
      expect(error.param).toBe(param);
    }
    expect((await failure(owner.responses.retrieve(created.id, { stream: true }))).status).toBe(400);
    const included = await owner.responses.retrieve(created.id, { include: ["message.output_text.logprobs"] });
    expect(included.id).toBe(created.id);
  });

  it("cancel is OpenAI's 400 for a response not created in the background; another key's or an unknown id is a 404", async () => {
    const created = await owner.responses.create({ model: MODEL, input: "Say hello to the gateway." });
    const refused = await failure(owner.responses.cancel(created.id));
    expect(refused).toBeInstanceOf(OpenAI.BadRequestError);
    expect(refused.message).toContain("Only responses created with background=true can be cancelled");
    expect(refused.error).toMatchObject({ type: "invalid_request_error" });
    for (const attempt of [() => other.responses.cancel(created.id), () => owner.responses.cancel("resp_never_stored")]) expect(await failure(attempt())).toBeInstanceOf(OpenAI.NotFoundError);
    expect((await fetch(`${gateway.url}/v1/responses/${created.id}/cancel`, { method: "POST" })).status).toBe(401);
    // Nothing was changed by the refusal.
    expect((await owner.responses.retrieve(created.id)).status).toBe("completed");
  });

  it("is rate-limited as POST /v1/responses is", async () => {
    const created = await limited.responses.create({ model: MODEL, input: "Say hello to the gateway." });
    await limited.responses.retrieve(created.id);
    const error = await failure(limited.responses.retrieve(created.id));
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(Number(error.headers?.get("retry-after"))).toBeGreaterThan(0);
  });
});

function summary(item: OpenAI.Responses.ResponseItem): { type: string; role?: string; text?: string } {
  if (item.type !== "message") return { type: item.type };
  const text = item.content.map((part) => ("text" in part ? part.text : "")).join("");
  return { type: item.type, role: item.role, text };
}
