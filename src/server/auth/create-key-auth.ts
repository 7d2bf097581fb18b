/**
 * Virtual-key authentication for `/v1/*`: checks `Authorization: Bearer sk-sy-...` against the key store,
 * applies the key's rate limit, and returns who is calling. With no active key in the store, every request
 * passes as anonymous (the server then binds 127.0.0.1 only); once one key exists, every request needs one.
 * @module
 */
import type { SpendScope } from "../../budget/spend-guard.js";
import type { Clock } from "../../core/clock.js";
import { AuthenticationError, InvalidRequestError, RateLimitError } from "../../core/errors/index.js";
import type { KeyStore, VirtualKey } from "../../storage/key-store.js";
import type { RateLimiter } from "../../storage/rate-limiter.js";
import { hashSecret, VIRTUAL_KEY_PREFIX } from "../../storage/virtual-key-secret.js";

/** Who is calling, as the request path needs it. */
export interface KeyIdentity {
  /** null when the gateway runs without keys. */
  keyId: string | null;
  keyName: string | null;
  /** Tiers the key may use, or null for all. */
  allowedTiers: string[] | null;
  /** The key's own budgets, for `SpendScope.keyLimits`. */
  keyLimits: { dailyUsd: number | null; monthlyUsd: number | null };
  rpm: number | null;
  /** Requests left this minute (for `x-ratelimit-remaining`), or null without a limit. */
  rateLimitRemaining: number | null;
}

/**
 * Which headers the route reads the key from, for the missing-key message: `bearer` (the OpenAI-format doors:
 * `Authorization: Bearer` only), `x-api-key` (the Anthropic door, whose clients send `x-api-key`; Bearer works too)
 * or `both` (the other `/v1` routes).
 */
export type KeyHeader = "bearer" | "x-api-key" | "both";

/**
 * What a request does with its key: `call` (a model call, or any `/v1` route, counted against the key's `rpm`) or
 * `status` (`GET /v1/key`, the key reading its own limits: counted in a bucket of its own at the same `rpm`, so a client
 * polling its status while it waits out a 429 does not lengthen the wait, and its `rate_limit_remaining` is read, not
 * spent; OpenRouter's `GET /api/v1/key` is not a model request either).
 */
export type KeyUse = "call" | "status";

/**
 * Authenticates one request from its Authorization header. Throws AuthenticationError (401) or RateLimitError (429).
 * `requestId` makes the rate-limit hit idempotent: a hit resent (a dropped Redis connection) counts once. `keyHeader`
 * words the missing-key message for the caller's kind of client (default `bearer`).
 */
export type KeyAuthenticator = (authorizationHeader: string | undefined, requestId?: string, keyHeader?: KeyHeader, setAside?: string, use?: KeyUse) => Promise<KeyIdentity>;

/** Options of `createKeyAuth`. */
export interface KeyAuthOptions {
  keys: KeyStore;
  clock: Clock;
  rateLimiter: RateLimiter;
  /** How long the active-key count and found keys are cached; a revoke or new key applies within this. Default 1 s. */
  cacheTtlInMs?: number;
  /**
   * Whether requests pass as anonymous while no key exists. Default true. The gateway sets false whenever it bound a
   * non-loopback host (keys existed at start, or its key store was down and could not say), so revoking every key
   * never opens it to the network: it is never open beyond loopback without keys.
   */
  keylessAllowed?: boolean;
}

/** The identity of requests when no key exists. */
export const ANONYMOUS: KeyIdentity = Object.freeze({
  keyId: null,
  keyName: null,
  allowedTiers: null,
  keyLimits: Object.freeze({ dailyUsd: null, monthlyUsd: null }),
  rpm: null,
  rateLimitRemaining: null,
}) as KeyIdentity;

const MAX_CACHED_KEYS = 10_000;

/** A store query out, and when its request arrived (its answer is as fresh as a cached one read then). */
interface InFlight<T> {
  at: number;
  answer: Promise<T>;
}

/** Creates the authenticator. */
export function createKeyAuth({ keys, clock, rateLimiter, cacheTtlInMs = 1_000, keylessAllowed = true }: KeyAuthOptions): KeyAuthenticator {
  let activeCount: { value: number; at: number } | undefined;
  const found = new Map<string, { key: VirtualKey; at: number }>();

  // While the key store is unreachable (a shared Postgres restarting), the last answers it gave stand: a deployment
  // with no keys stays open and a key seen before stays valid (no revocation can reach the store meanwhile either),
  // so an outage of the store does not refuse every request. What was never seen still needs the store.
  // One query at a time for the count and for each key: a burst of requests on a cold instance (nothing cached yet)
  // sent one count and one lookup per request, hundreds queued on the pool's connections; those that waited past the
  // pool's limit failed, and with no last answer to stand on were answered 503 while a warm instance served the same
  // burst. Requests arriving while a query is out share its answer.
  // A query is joined only while it is younger than the cache's TTL, as a cached answer is used: a request that
  // joined an older one (a pool queue's 5 s wait) took an answer read before a revoke it came after, and a revoked
  // key passed for as long as that query took, not the second the revoke promises.
  let countInFlight: InFlight<number> | undefined;
  const lookupsInFlight = new Map<string, InFlight<VirtualKey | undefined>>();

  const readCount = async (now: number): Promise<number> => {
    try {
      const value = await keys.countActive();
      if (!activeCount || activeCount.at <= now) activeCount = { value, at: now };
    } catch (error) {
      if (!activeCount) throw error;
    }
    return activeCount.value;
  };
  const countActive = async (now: number): Promise<number> => {
    if (activeCount && now - activeCount.at < cacheTtlInMs) return activeCount.value;
    if (countInFlight && now - countInFlight.at < cacheTtlInMs) return countInFlight.answer;
    const mine: InFlight<number> = { at: now, answer: readCount(now).finally(() => countInFlight === mine && (countInFlight = undefined)) };
    countInFlight = mine;
    return mine.answer;
  };

  const readKey = async (hash: string, now: number): Promise<VirtualKey | undefined> => {
    const cached = found.get(hash);
    let key: VirtualKey | undefined;
    try {
      key = await keys.findByHash(hash);
    } catch (error) {
      if (cached) return cached.key;
      throw error;
    }
    // An older query answering after a newer one does not put its older answer back.
    if (key && (found.get(hash)?.at ?? -Infinity) <= now) {
      if (found.size >= MAX_CACHED_KEYS) found.clear();
      found.set(hash, { key, at: now });
    }
    return key;
  };
  const lookup = async (hash: string, now: number): Promise<VirtualKey | undefined> => {
    const cached = found.get(hash);
    if (cached && now - cached.at < cacheTtlInMs) return cached.key;
    const pending = lookupsInFlight.get(hash);
    if (pending && now - pending.at < cacheTtlInMs) return pending.answer;
    const mine: InFlight<VirtualKey | undefined> = { at: now, answer: readKey(hash, now).finally(() => lookupsInFlight.get(hash) === mine && lookupsInFlight.delete(hash)) };
    lookupsInFlight.set(hash, mine);
    return mine.answer;
  };

  return async (authorizationHeader, requestId, keyHeader = "bearer", setAside, use = "call") => {
    const now = clock.now();
    if ((await countActive(now)) === 0) {
      if (keylessAllowed) return ANONYMOUS;
      throw new AuthenticationError(
        "No active virtual key exists, and this gateway listens beyond loopback, so it takes no request without a key. Create one with `switchyard keys create --name NAME`.",
      );
    }
    const secret = bearerToken(authorizationHeader);
    if (!secret) throw new AuthenticationError(missingKeyMessage(keyHeader));
    const other = bearerToken(setAside);
    if (other !== undefined && other !== secret) {
      throw new InvalidRequestError("The request names two different keys, one in x-api-key and one in Authorization: Bearer. Send one key (or the same key in both).", { param: "x-api-key", code: "conflicting_credentials" });
    }
    const key = await lookup(hashSecret(secret), now);
    if (!key) throw new AuthenticationError(invalidKeyMessage(secret));
    if (key.revokedAt !== null) throw new AuthenticationError(`The API key ${key.prefix}... (${key.name}) was revoked.`);
    const remaining = key.rpm === null ? null : await countRequest(rateLimiter, key, key.rpm, now, use, requestId);
    return {
      keyId: key.id,
      keyName: key.name,
      allowedTiers: key.allowedTiers,
      keyLimits: { dailyUsd: key.dailyBudgetUsd, monthlyUsd: key.monthlyBudgetUsd },
      rpm: key.rpm,
      rateLimitRemaining: remaining,
    };
  };
}

/** What a request without a key is told: the header its kind of client sends, and where a key comes from. */
export function missingKeyMessage(keyHeader: KeyHeader): string {
  const bearer = `"Authorization: Bearer ${VIRTUAL_KEY_PREFIX}..."`;
  const apiKey = `"x-api-key: ${VIRTUAL_KEY_PREFIX}..."`;
  const how = {
    "x-api-key": `Send ${apiKey} (the Anthropic SDKs' apiKey, Claude Code's ANTHROPIC_API_KEY) or ${bearer} (ANTHROPIC_AUTH_TOKEN)`,
    bearer: `Send ${bearer} (the OpenAI SDKs' apiKey; this route does not read x-api-key, which only /v1/messages takes)`,
    both: `Send ${bearer} or ${apiKey}`,
  }[keyHeader];
  return `Missing API key. ${how} with a key from \`switchyard keys create --name NAME\`.`;
}

/**
 * Counts one request of `key` against its `rpm` and answers the requests left for model calls. A status read is counted
 * in `rpm-status:` (bounded at the same rate, as each reads the ledger) and only reads what is left in `rpm:`.
 */
async function countRequest(rateLimiter: RateLimiter, key: VirtualKey, rpm: number, now: number, use: KeyUse, requestId: string | undefined): Promise<number> {
  const bucket = use === "status" ? `rpm-status:${key.id}` : `rpm:${key.id}`;
  const decision = await rateLimiter.hit({ key: bucket, limitPerMinute: rpm, now, ...(requestId === undefined ? {} : { requestId }) });
  if (!decision.allowed) throw new RateLimitError({ retryAfterMs: decision.retryAfterMs, limitPerMinute: rpm, keyName: key.name, keyId: key.id, ...(use === "status" ? { what: "status reads" } : {}) });
  return use === "status" ? rateLimiter.peek({ key: `rpm:${key.id}`, limitPerMinute: rpm, now }) : decision.remaining;
}

/** The SpendScope of a request made with this identity. */
export function spendScopeFor(identity: KeyIdentity, task: string, tier: string): SpendScope {
  if (identity.keyId === null) return { task, tier };
  return { keyId: identity.keyId, keyName: identity.keyName ?? identity.keyId, keyLimits: identity.keyLimits, task, tier };
}

/** The token of a `Bearer` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/** Shows only the start of a secret, for error messages. */
function redactSecret(secret: string): string {
  return secret.length <= 10 ? "***" : `${secret.slice(0, 10)}…`;
}

/**
 * A key the store does not hold. An OpenRouter key is named as one: the SDK code a user already had, pointed at the
 * gateway with only its base URL changed, sends it, and "invalid" alone did not say which key goes where.
 */
function invalidKeyMessage(secret: string): string {
  if (isPlaceholderKey(secret)) {
    return `Invalid API key: ${JSON.stringify(secret)} is the placeholder the docs write where a key goes, not a key. Create one with \`switchyard keys create --name NAME\` (it prints the key, sk-sy- and 43 characters, once) and send that.`;
  }
  const shown = `Invalid API key ${redactSecret(secret)}`;
  if (secret.startsWith("sk-or-")) {
    return `${shown}, an OpenRouter key: the gateway holds that one (OPENROUTER_API_KEY in its environment); clients send a virtual key sk-sy-... from \`switchyard keys create --name NAME\`.`;
  }
  return `${shown}: check the key, or create one with \`switchyard keys create\`.`;
}

/** What follows a key's prefix in a placeholder: nothing, dots or an ellipsis, x's or stars, "YOUR_KEY", "<...>". */
const PLACEHOLDER_REST = /^(?:[.…*]*|x+|<[^>]*>|(?:your|my)[-_]?\w*|\w*[-_]?here)$/i;

/**
 * A key as the docs write it in place of a real one (`sk-sy-...`, README's `apiKey: "sk-sy-..."`), pasted as it is.
 * No issued secret has dots, an ellipsis or brackets (base64url), so nothing real is taken for one.
 */
function isPlaceholderKey(secret: string): boolean {
  const bare = secret.replace(/^<(.*)>$/, "$1");
  const prefix = ["sk-sy-", "sk-or-"].find((start) => bare.startsWith(start));
  if (prefix === undefined) return false;
  const rest = bare.slice(prefix.length);
  return rest.length < 20 && (rest.includes("...") || rest.includes("…") || PLACEHOLDER_REST.test(rest));
}
