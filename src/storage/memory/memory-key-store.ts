/**
 * An in-process KeyStore for the library and tests.
 * @module
 */
import { InvalidRequestError } from "../../core/errors/index.js";
import type { KeyStore, VirtualKey } from "../key-store.js";
import { sameSecretHash } from "../virtual-key-secret.js";

/** Creates an in-memory key store. */
export function createMemoryKeyStore(): KeyStore {
  const keys: { key: VirtualKey; hash: string }[] = [];
  const active = () => keys.filter((entry) => entry.key.revokedAt === null);
  return {
    async insert(key, secretHash) {
      if (active().some((entry) => entry.key.name === key.name)) {
        throw new InvalidRequestError(`An active key is already named "${key.name}". Revoke it first or pick another name.`, { param: "name" });
      }
      keys.push({ key: structuredClone(key), hash: secretHash });
    },
    async findByHash(secretHash) {
      const found = keys.find((entry) => sameSecretHash(entry.hash, secretHash));
      return found && structuredClone(found.key);
    },
    async findById(id) {
      const found = keys.find((entry) => entry.key.id === id);
      return found && structuredClone(found.key);
    },
    async list({ includeRevoked = false } = {}) {
      return (includeRevoked ? keys : active()).map((entry) => structuredClone(entry.key));
    },
    async revoke(idOrName, now) {
      const found = active().find((entry) => entry.key.id === idOrName || entry.key.name === idOrName);
      if (!found) return undefined;
      found.key.revokedAt = now;
      return structuredClone(found.key);
    },
    async countActive() {
      return active().length;
    },
    async close() {},
  };
}
