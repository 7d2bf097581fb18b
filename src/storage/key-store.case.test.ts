/**
 * The contract every KeyStore passes. Each adapter's test calls `runKeyStoreContract`.
 * @module
 */
import { afterEach, describe, expect, it } from "vitest";
import { InvalidRequestError } from "../core/errors/index.js";
import type { KeyStore } from "./key-store.js";
import { hashSecret, issueVirtualKey, VIRTUAL_KEY_PREFIX } from "./virtual-key-secret.js";

/** How the contract gets a fresh, empty store. */
export interface KeyStoreContractOptions {
  create(): Promise<KeyStore>;
}

/** Runs the KeyStore contract. */
export function runKeyStoreContract({ create }: KeyStoreContractOptions): void {
  let store: KeyStore | undefined;
  afterEach(async () => store?.close());

  describe("key store contract", () => {
    it("issues a key whose secret is only stored hashed and finds it by that hash", async () => {
      const keys = (store = await create());
      expect(await keys.countActive()).toBe(0);
      const { key, secret } = await issueVirtualKey(keys, { name: "team-a", dailyBudgetUsd: 5, rpm: 60, allowedTiers: ["budget", "mid"] }, { now: 1_000 });
      expect(secret.startsWith(VIRTUAL_KEY_PREFIX)).toBe(true);
      expect(secret.length).toBeGreaterThan(40);
      expect(key).toMatchObject({ name: "team-a", dailyBudgetUsd: 5, monthlyBudgetUsd: null, rpm: 60, allowedTiers: ["budget", "mid"], revokedAt: null });
      expect(JSON.stringify(await keys.list())).not.toContain(secret);
      expect(await keys.findByHash(hashSecret(secret))).toEqual(key);
      expect(await keys.findByHash(hashSecret(`${secret}x`))).toBeUndefined();
      expect(await keys.findById(key.id)).toEqual(key);
      expect(await keys.findById("key_nope")).toBeUndefined();
      expect(await keys.countActive()).toBe(1);
    });

    it("keeps active names unique, revokes by id or name, and then frees the name", async () => {
      const keys = (store = await create());
      const first = await issueVirtualKey(keys, { name: "ci" }, { now: 1 });
      await expect(issueVirtualKey(keys, { name: "ci" }, { now: 2 })).rejects.toBeInstanceOf(InvalidRequestError);
      const other = await issueVirtualKey(keys, { name: "batch" }, { now: 3 });
      expect((await keys.revoke("ci", 10))?.id).toBe(first.key.id);
      expect(await keys.revoke("ci", 11)).toBeUndefined();
      expect((await keys.revoke(other.key.id, 12))?.revokedAt).toBe(12);
      expect(await keys.countActive()).toBe(0);
      expect(await keys.list()).toEqual([]);
      expect((await keys.list({ includeRevoked: true })).map((k) => [k.name, k.revokedAt])).toEqual([
        ["ci", 10],
        ["batch", 12],
      ]);
      expect((await keys.findByHash(hashSecret(first.secret)))?.revokedAt).toBe(10);
      await issueVirtualKey(keys, { name: "ci" }, { now: 20 });
      expect(await keys.countActive()).toBe(1);
    });

    it("rejects bad names and negative limits", async () => {
      const keys = (store = await create());
      await expect(issueVirtualKey(keys, { name: "has space" }, { now: 1 })).rejects.toThrow(/Invalid key name/);
      // "use letters" refused "équipe" and "فريق" (letters to their writers) without saying which character: name it.
      await expect(issueVirtualKey(keys, { name: "équipe" }, { now: 1 })).rejects.toThrow('Invalid key name "équipe": "é" is not allowed; use 1-64 of A-Z, a-z, 0-9, ".", "_" and "-" (such as team-search).');
      await expect(issueVirtualKey(keys, { name: "has space" }, { now: 1 })).rejects.toThrow('Invalid key name "has space": " " is not allowed;');
      await expect(issueVirtualKey(keys, { name: "k".repeat(65) }, { now: 1 })).rejects.toThrow(/: it has 65 characters; use 1-64 of A-Z/);
      await expect(issueVirtualKey(keys, { name: " " }, { now: 1 })).rejects.toThrow(/Invalid key name " ": it is empty; use 1-64 of A-Z/);
      // A line separator or a direction override in the name was repeated raw, and an 80-character cut split an emoji (round 26).
      await expect(issueVirtualKey(keys, { name: "a\u2028b\u202ec" }, { now: 1 })).rejects.toThrow('Invalid key name "a\\u2028b\\u202ec": "\\u2028" is not allowed;');
      const long = await issueVirtualKey(keys, { name: `${"k".repeat(79)}😀` }, { now: 1 }).catch((error: unknown) => String(error));
      expect(long).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
      await expect(issueVirtualKey(keys, { name: "ok", rpm: -1 }, { now: 1 })).rejects.toThrow(/rpm must be/);
      // Postgres keeps rpm as INTEGER: 1e12 failed its insert with the driver's own message (a 500 from the admin API).
      for (const rpm of [0, 1.5, 1e12]) await expect(issueVirtualKey(keys, { name: "ok", rpm }, { now: 1 })).rejects.toThrow(/rpm must be a whole number from 1 to 1000000000/);
      expect((await issueVirtualKey(keys, { name: "fast", rpm: 1_000_000_000 }, { now: 1 })).key.rpm).toBe(1_000_000_000);
    });

    it("finds nothing for an id or name holding NUL (Postgres text cannot hold one)", async () => {
      const keys = (store = await create());
      await issueVirtualKey(keys, { name: "ci" }, { now: 1 });
      expect(await keys.findById("key_\u0000")).toBeUndefined();
      expect(await keys.revoke("ci\u0000", 2)).toBeUndefined();
      expect(await keys.countActive()).toBe(1);
    });
  });
}
