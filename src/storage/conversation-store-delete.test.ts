/**
 * Every ConversationStore deletes a key (DELETE /v1/responses/{id}): what was there is gone at once and says so,
 * what was never there (or expired) says not, and other keys stay. The same cases run on memory, SQLite and Redis.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ConversationStore } from "../routing/affinity/conversation-store.js";
import { createMemoryConversationStore } from "./memory/memory-conversation-store.js";
import { openSqliteDatabase } from "./sqlite/open-sqlite-database.js";
import { createSqliteConversationStore } from "./sqlite/sqlite-conversation-store.js";
import { createRedisConversationStore } from "./redis/redis-conversation-store.js";
import { openTestRedis } from "./redis/redis-test-client.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-conv-delete-"));
const sqlite = openSqliteDatabase(path.join(dir, "switchyard.db"));
const redis = openTestRedis(process.env.SWITCHYARD_TEST_REDIS_URL);
afterAll(async () => {
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
  await redis.cleanup();
});

const stores: [string, ConversationStore][] = [
  ["memory", createMemoryConversationStore()],
  ["SQLite", createSqliteConversationStore(sqlite)],
  ["Redis", createRedisConversationStore(redis.redis, { prefix: redis.prefix })],
];

describe.each(stores)("the %s conversation store's delete", (_name, store) => {
  it("removes the key at once and says it was there; a second delete, or an unknown key, says not", async () => {
    await store.set("response:key_a:resp_1", "one", 60_000);
    await store.set("response:key_a:resp_2", "two", 60_000);
    expect(await store.delete("response:key_a:resp_1")).toBe(true);
    expect(await store.get("response:key_a:resp_1")).toBeUndefined();
    expect(await store.get("response:key_a:resp_2")).toBe("two");
    expect(await store.delete("response:key_a:resp_1")).toBe(false);
    expect(await store.delete("response:key_b:never")).toBe(false);
  });

  it("a value written again after its delete is read again", async () => {
    await store.set("k", "first", 60_000);
    await store.delete("k");
    await store.set("k", "second", 60_000);
    expect(await store.get("k")).toBe("second");
  });
});

describe("an expired value", () => {
  it("is not counted as deleted (memory and SQLite, on their clock)", async () => {
    let now = 0;
    const clock = { now: () => now };
    const memory = createMemoryConversationStore({ clock });
    const file = createSqliteConversationStore(openSqliteDatabase(path.join(dir, "expiry.db")), { clock });
    for (const store of [memory, file]) {
      await store.set("old", "x", 10);
      now += 10;
      expect(await store.delete("old")).toBe(false);
      now = 0;
    }
  });
});
