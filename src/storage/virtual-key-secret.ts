/**
 * Making and hashing `sk-sy-...` secrets, and issuing keys.
 * @module
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { quoteSentText } from "../core/quote-sent-text.js";
import { InvalidRequestError } from "../core/errors/index.js";
import type { KeyStore, VirtualKey } from "./key-store.js";

/** Every virtual key starts with this. */
export const VIRTUAL_KEY_PREFIX = "sk-sy-";

/** The stored form of a secret. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Compares two stored hashes in constant time (for equal lengths; a length mismatch is simply false). */
export function sameSecretHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A new secret: the prefix plus 32 random bytes in base64url (43 characters). */
export function generateSecret(random: (size: number) => Buffer = randomBytes): string {
  return `${VIRTUAL_KEY_PREFIX}${random(32).toString("base64url")}`;
}

/** What `keys create` takes. */
export interface NewVirtualKey {
  name: string;
  dailyBudgetUsd?: number | null;
  monthlyBudgetUsd?: number | null;
  rpm?: number | null;
  allowedTiers?: string[] | null;
}

/** The largest per-key rate limit, requests per minute: any more is no limit, and Postgres keeps rpm as INTEGER. */
export const MAX_RPM = 1_000_000_000;

/** Creates a key in the store and returns it with its secret, which is shown once and never again. */
export async function issueVirtualKey(
  store: KeyStore,
  input: NewVirtualKey,
  deps: { now: number; random?: (size: number) => Buffer },
): Promise<{ key: VirtualKey; secret: string }> {
  const name = input.name.trim();
  // Before the shape rule, whose message quotes 80 characters: a real secret (sk-or-v1-..., 73) is longer than a name.
  assertNameIsNoSecret(name);
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(name)) {
    // Quoted escaped, and cut: a name can carry control characters, line separators and any length, and the message is echoed.
    throw new InvalidRequestError(`Invalid key name ${quoteSentText(input.name, 80)}: ${keyNameProblem(name)}; use 1-64 of A-Z, a-z, 0-9, ".", "_" and "-" (such as team-search).`, { param: "name" });
  }
  assertNameIsNoKeyId(name);
  for (const [field, value] of Object.entries({ dailyBudgetUsd: input.dailyBudgetUsd, monthlyBudgetUsd: input.monthlyBudgetUsd })) {
    if (value !== undefined && value !== null && !(Number.isFinite(value) && value >= 0)) {
      throw new InvalidRequestError(`${field} must be a number >= 0, got ${String(value)}.`, { param: field });
    }
  }
  // Every store keeps rpm as a whole number (Postgres: INTEGER): 1e12 failed the insert there with the driver's words.
  const { rpm } = input;
  if (rpm !== undefined && rpm !== null && !(Number.isInteger(rpm) && rpm >= 1 && rpm <= MAX_RPM)) {
    throw new InvalidRequestError(`rpm must be a whole number from 1 to ${MAX_RPM}, got ${String(rpm)}.`, { param: "rpm" });
  }
  const random = deps.random ?? randomBytes;
  const secret = generateSecret(random);
  const key: VirtualKey = {
    id: `key_${random(8).toString("hex")}`,
    name,
    prefix: secret.slice(0, VIRTUAL_KEY_PREFIX.length + 4),
    createdAt: deps.now,
    revokedAt: null,
    dailyBudgetUsd: input.dailyBudgetUsd ?? null,
    monthlyBudgetUsd: input.monthlyBudgetUsd ?? null,
    rpm: input.rpm ?? null,
    allowedTiers: input.allowedTiers && input.allowedTiers.length > 0 ? [...input.allowedTiers] : null,
  };
  await store.insert(key, hashSecret(secret));
  return { key, secret };
}

/**
 * A name must not read as a secret pasted as the name (`sk-sy-...`, `sk-or-...`: stored and listed in clear). Checked
 * first, whatever else is wrong with it (real secrets are longer than a name may be), and never echoed past its first
 * 10 characters. Said for the API and `keys create` alike.
 */
function assertNameIsNoSecret(name: string): void {
  if (/^sk-/i.test(name)) throw new InvalidRequestError(`Invalid key name ${quoteSentText(name.slice(0, 10), 64)}…: it looks like a secret (sk-...), which a name would store and list in clear; choose a name that does not start with sk-.`, { param: "name" });
}

/**
 * A name must not read as a key id: revoke looks a value up as an id first, so revoking such a name revoked the key
 * with that id. Said for the API and `keys create` alike.
 */
function assertNameIsNoKeyId(name: string): void {
  if (/^key_/i.test(name)) throw new InvalidRequestError(`Invalid key name "${name}": it looks like a key id (key_...), and revoking by that name would revoke the key with that id; choose a name that does not start with key_.`, { param: "name" });
}

/**
 * What is wrong with a key name the rule refused: the first character it does not allow, or its length. "use
 * letters" alone refused `équipe` and `فريق`, letters to the people who typed them, without saying which character.
 */
function keyNameProblem(name: string): string {
  const refused = /[^A-Za-z0-9._-]/u.exec(name)?.[0];
  if (refused !== undefined) return `${quoteSentText(refused, 16)} is not allowed`;
  return name.length === 0 ? "it is empty" : `it has ${name.length} characters`;
}
