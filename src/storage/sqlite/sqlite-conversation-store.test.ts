import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { createSqliteConversationStore, PRUNE_EVERY } from "./sqlite-conversation-store.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "switchyard-conv-"));
  dirs.push(dir);
  return path.join(dir, "switchyard.db");
}

describe("the SQLite conversation store", () => {
  it("keeps a value across a reopen of the file (a restart), until its time to live ends", async () => {
    const file = tempFile();
    let now = 1_000;
    const clock = { now: () => now };
    const first = openSqliteDatabase(file);
    await createSqliteConversationStore(first, { clock }).set("k", "conversation", 60_000);
    first.close();
    const second = openSqliteDatabase(file);
    const store = createSqliteConversationStore(second, { clock });
    expect(await store.get("k")).toBe("conversation");
    expect(await store.get("other")).toBeUndefined();
    now += 60_000;
    expect(await store.get("k")).toBeUndefined();
    second.close();
  });

  it("replaces a value and its expiry, refuses one larger than its bound, and deletes expired rows now and then", async () => {
    const db = openSqliteDatabase(tempFile());
    let now = 0;
    const store = createSqliteConversationStore(db, { clock: { now: () => now }, maxChars: 100 });
    await store.set("k", "old", 10);
    await store.set("k", "new", 1_000);
    now = 500;
    expect(await store.get("k")).toBe("new");
    await expect(store.set("big", "x".repeat(101), 1_000)).rejects.toThrow(/larger than the conversation store's bound/);
    expect(await store.get("big")).toBeUndefined();
    db.close();
    const pruned = openSqliteDatabase(tempFile());
    const other = createSqliteConversationStore(pruned, { clock: { now: () => now } });
    now = 0;
    for (let index = 0; index < PRUNE_EVERY - 1; index += 1) await other.set(`n${index}`, "v", 10);
    const rows = (): number => pruned.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM conversation_store").get()?.n ?? -1;
    expect(rows()).toBe(PRUNE_EVERY - 1);
    now = 100;
    await other.set("last", "v", 10_000);
    expect(rows()).toBe(1);
    pruned.close();
  });

  it("deletes what expired when it opens: a gateway restarted before the 500th write still prunes", async () => {
    const file = tempFile();
    let now = 0;
    const first = openSqliteDatabase(file);
    const store = createSqliteConversationStore(first, { clock: { now: () => now } });
    await store.set("short", "v", 10);
    await store.set("long", "v", 10_000);
    first.close();
    now = 100;
    const reopened = openSqliteDatabase(file);
    createSqliteConversationStore(reopened, { clock: { now: () => now } });
    expect(reopened.prepare("SELECT key FROM conversation_store").all()).toEqual([{ key: "long" }]);
    reopened.close();
  });

  it("an affinity store keeps to its own table and to maxEntries past each prune, the soonest to expire going first", async () => {
    const db = openSqliteDatabase(tempFile());
    let now = 0;
    const responses = createSqliteConversationStore(db, { clock: { now: () => now } });
    const affinity = createSqliteConversationStore(db, { clock: { now: () => now }, table: "affinity_store", maxEntries: 10 });
    await responses.set("k", "response", 60_000);
    await affinity.set("k", "model", 60_000);
    expect([await responses.get("k"), await affinity.get("k")]).toEqual(["response", "model"]);
    const rows = (): number => db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM affinity_store").get()?.n ?? -1;
    for (let index = 1; index < PRUNE_EVERY; index += 1) {
      now = index;
      await affinity.set(`c${index}`, "model", 60_000);
    }
    expect(rows()).toBe(10);
    // The newest writes stay; the oldest (the soonest to expire) went, the other table untouched.
    expect(await affinity.get(`c${PRUNE_EVERY - 1}`)).toBe("model");
    expect(await affinity.get("c1")).toBeUndefined();
    expect(await responses.get("k")).toBe("response");
    db.close();
  });

  it("with writeBehind, writes nothing on the caller's turn: the turn's writes commit together once it ends, read back meanwhile", async () => {
    const db = openSqliteDatabase(tempFile());
    const store = createSqliteConversationStore(db, { table: "affinity_store", maxEntries: 10, writeBehind: true });
    const rows = (): number => db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM affinity_store").get()?.n ?? -1;
    const written = [store.set("a", "one", 60_000), store.set("b", "two", 60_000), store.set("a", "three", 60_000)];
    // Nothing on this turn: the request that remembered has its answer sent first.
    expect(rows()).toBe(0);
    expect([await store.get("a"), await store.get("b")]).toEqual(["three", "two"]);
    await Promise.all(written);
    expect(rows()).toBe(2);
    expect(db.prepare("SELECT key, value FROM affinity_store ORDER BY key").all()).toEqual([{ key: "a", value: "three" }, { key: "b", value: "two" }]);
    // A delete cancels a write not yet made.
    const pending = store.set("c", "gone", 60_000);
    expect(await store.delete("c")).toBe(true);
    await pending;
    expect(await store.get("c")).toBeUndefined();
    // A write that fails (the file closed under it) fails every caller of its batch, which says so; nothing is thrown on its own.
    const late = store.set("d", "late", 60_000);
    db.close();
    await expect(late).rejects.toThrow(/not open/);
  });
});
