/**
 * Virtual API keys (`sk-sy-...`): the record, and the storage port. Secrets are never stored, only their
 * SHA-256 (enough for 256-bit random secrets: there is nothing to brute-force).
 * @module
 */

/** A virtual key as stored and listed (never with its secret). */
export interface VirtualKey {
  /** `key_` + random hex; what budgets and the decision log refer to. */
  id: string;
  /** Unique among active keys. */
  name: string;
  /** The secret's first characters, e.g. `sk-sy-Ab3d`, to recognise a key in lists. */
  prefix: string;
  /** ms since epoch. */
  createdAt: number;
  /** ms since epoch, or null while active. */
  revokedAt: number | null;
  dailyBudgetUsd: number | null;
  monthlyBudgetUsd: number | null;
  /** Requests per minute, or null for no limit. */
  rpm: number | null;
  /** Tiers the key may use, or null for all. */
  allowedTiers: string[] | null;
}

/** Where keys live. */
export interface KeyStore {
  /** Adds a key. Throws when an active key already has this name. */
  insert(key: VirtualKey, secretHash: string): Promise<void>;
  /** The key with this secret hash, revoked or not. */
  findByHash(secretHash: string): Promise<VirtualKey | undefined>;
  /** The key with this id, revoked or not. */
  findById(id: string): Promise<VirtualKey | undefined>;
  /** Oldest first. */
  list(options?: { includeRevoked?: boolean }): Promise<VirtualKey[]>;
  /** Revokes the active key with this id or name; returns it, or undefined when there is none. */
  revoke(idOrName: string, now: number): Promise<VirtualKey | undefined>;
  /** How many keys are active. Zero means the gateway runs without keys. */
  countActive(): Promise<number>;
  close(): Promise<void>;
}
