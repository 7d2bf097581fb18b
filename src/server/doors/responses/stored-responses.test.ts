/**
 * The stored responses' bound (ADR 0028) holds the conversation, not the read-back copy beside it (ADR 0065): a
 * response whose Response object and items take the value past the bound still continues and reads back, while a
 * conversation over the bound, written by an instance with a larger one (either format), is refused as before.
 */
import { describe, expect, it } from "vitest";
import { createMemoryConversationStore } from "../../../storage/memory/memory-conversation-store.js";
import { StoredResponses } from "./stored-responses.js";
import { storeKey } from "./stored-response.js";

const LIMIT = 1_000;
const text = (size: number): string => "x".repeat(size);

function setup(): { store: ReturnType<typeof createMemoryConversationStore>; stored: StoredResponses } {
  const store = createMemoryConversationStore();
  return { store, stored: new StoredResponses({ store, ttlMs: 60_000, maxStoredBytes: LIMIT }) };
}

describe("stored responses and the size bound", () => {
  it("stores and continues a conversation within the bound whose read-back copy takes the value past it", async () => {
    const { stored } = setup();
    const messages = [{ role: "user" as const, content: text(600) }];
    const value = { conversationId: null, messages, response: { id: "resp_1", output: [] }, inputItems: [{ id: "msg_1", type: "message", content: text(600) }] };
    expect(await stored.save("key_a", "resp_1", value)).toBe(true);
    expect((await stored.continuation("key_a", "resp_1")).messages).toEqual(messages);
    expect((await stored.readable("key_a", "resp_1")).response).toEqual({ id: "resp_1", output: [] });
  });

  it("refuses, without a continuation, a conversation over the bound written by an instance with a larger one", async () => {
    const { store, stored } = setup();
    const formatOne = JSON.stringify({ conversationId: null, messages: [{ role: "user", content: text(1_500) }] });
    await store.set(storeKey("key_a", "resp_old"), formatOne, 60_000);
    await expect(stored.continuation("key_a", "resp_old")).rejects.toThrow(/larger than server\.body_limit_bytes/);
    const formatTwo = JSON.stringify({ conversationId: null, messages: [{ role: "user", content: text(1_500) }], response: { id: "resp_new" }, inputItems: [] });
    await store.set(storeKey("key_a", "resp_new"), formatTwo, 60_000);
    await expect(stored.readable("key_a", "resp_new")).rejects.toThrow(/was answered but not stored/);
  });

  it("a delete says whether there was one, and what it deleted reads as deleted", async () => {
    const { stored } = setup();
    await stored.save("key_a", "resp_1", { conversationId: null, messages: [], response: { id: "resp_1" }, inputItems: [] });
    await expect(stored.delete("key_b", "resp_1")).rejects.toThrow(/not found/);
    await stored.delete("key_a", "resp_1");
    await expect(stored.continuation("key_a", "resp_1")).rejects.toThrow(/was deleted/);
    await expect(stored.delete("key_a", "resp_1")).rejects.toMatchObject({ status: 404 });
  });
});
