/**
 * A conversation store that fails (Redis down or dropped) is one warning a minute in the log, as docs/gateway.md says
 * of a shared store's failures, not one line per request in the Redis client's words: every turn still gets its answer.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ConversationStore } from "../../src/routing/affinity/conversation-store.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

/** What ioredis throws for a command while it is reconnecting without an offline queue. */
const OFFLINE = "Stream isn't writeable and enableOfflineQueue options is false";
const downStore: ConversationStore = {
  get: async () => undefined,
  set: async () => Promise.reject(new Error(OFFLINE)),
  delete: async () => Promise.reject(new Error(OFFLINE)),
};

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway({ app: { conversations: downStore } });
});
afterAll(async () => gateway.close());

it("answers every turn and warns once while the store refuses writes", async () => {
  for (let turn = 0; turn < 5; turn += 1) {
    const reply = await gateway.client.chat.completions.create({ model: "switchyard/task/probe", messages: [{ role: "user", content: `Turn ${turn} of session ${turn}.` }] }, { headers: { "x-switchyard-session": `down-${turn}` } });
    expect(reply.choices[0]?.message.content).toBeTruthy();
  }
  const warned = (): string[] => gateway.logs.filter((line) => line.includes("conversation affinity store failed"));
  await expect.poll(() => warned().length).toBeGreaterThan(0);
  // Each failed write is logged a tick after its turn ends: give the last ones time to show before counting.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(warned()).toHaveLength(1);
  expect(warned()[0]).toContain("a conversation's model is not remembered meanwhile, so its next turn may be routed afresh");
});
