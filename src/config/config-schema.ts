/**
 * The one zod schema for `switchyard.yaml`. Every config type is inferred from it, and the JSON Schema
 * for editors is generated from it.
 * @module
 */
import { isIP } from "node:net";
import { z } from "zod";
import { MAX_BUDGET_USD } from "../core/money.js";
import { CAPABILITIES, type Capability } from "../core/types.js";

const capabilitySchema = z.enum(CAPABILITIES as [Capability, ...Capability[]]);

/** A selector resolved against the live catalog: the cheapest model meeting these needs. */
export const cheapestSelectorSchema = z.strictObject({
  cheapest: z.strictObject({
    needs: z.array(capabilitySchema).default([]),
    min_context: z.number().int().nonnegative().optional(),
    /** USD per million tokens, applied to the larger of input and output price. */
    max_price: z.number().nonnegative().optional(),
    /** USD per million output tokens the model must cost at least: keeps a premium tier's selector premium. */
    min_price: z.number().nonnegative().optional(),
    include_free: z.boolean().default(false),
    authors: z.array(z.string()).optional(),
  }),
});

/** A tier's chain entry: an explicit model id or a selector. */
export const tierModelSchema = z.union([z.string().min(1), cheapestSelectorSchema]);

export const tierSchema = z.strictObject({
  models: z.array(tierModelSchema).min(1, "a tier needs at least one model or selector"),
  /** The tier's cap on max_tokens. */
  max_tokens: z.number().int().positive(),
  /** Used when the caller sets no max_tokens; defaults to max_tokens. */
  default_max_tokens: z.number().int().positive().optional(),
  /** OpenRouter variant appended to each id, e.g. `nitro` or `floor`. */
  variant: z.enum(["nitro", "floor", "free"]).optional(),
  /** Allow free models chosen by selectors in this tier. */
  include_free: z.boolean().optional(),
});

export const timeoutsSchema = z.strictObject({
  connect_ms: z.number().int().positive().default(2_000),
  first_token_ms: z.number().int().positive().default(15_000),
  idle_ms: z.number().int().positive().default(30_000),
  total_ms: z.number().int().positive().default(120_000),
});

export const upstreamSchema = z.strictObject({
  base_url: z.url().default("https://openrouter.ai/api/v1"),
  /**
   * The name of the environment variable holding the upstream key, never the key: a key here would be printed by
   * serve's "<name> is not set" notice. The file is not interpolated, so `${VAR}` is refused too.
   */
  api_key_env: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, {
      message: "must name the environment variable that holds the key (letters, digits and _, such as OPENROUTER_API_KEY); the key itself never goes in the file, and ${...} is not expanded",
      abort: true, // one error for one wrong value: the key check below only reads a valid name
    })
    // A key of letters, digits and _ (`hf_…`) passes the rule above: long, mixed case with digits is a key, not a name.
    .refine((name) => !(name.length >= 24 && /[a-z]/.test(name) && /[A-Z]/.test(name) && /\d/.test(name)), {
      message: "looks like a key, not the name of the environment variable that holds one (such as OPENROUTER_API_KEY); the key itself never goes in the file",
    })
    .default("OPENROUTER_API_KEY"),
  timeouts: timeoutsSchema.default(timeoutsSchema.parse({})),
  max_attempts: z.number().int().min(1).max(20).default(4),
  /** Longest Retry-After the gateway will wait before trying the next model. */
  max_retry_after_ms: z.number().int().nonnegative().default(2_000),
  fallback_on_content_policy: z.boolean().default(false),
  http_referer: z.string().optional(),
  x_title: z.string().default("Switchyard"),
});

export const circuitBreakerSchema = z.strictObject({
  failures: z.number().int().positive().default(5),
  window_ms: z.number().int().positive().default(60_000),
  cooldown_ms: z.number().int().positive().default(30_000),
});

export const budgetSchema = z.strictObject({
  scope: z.enum(["global", "key", "task", "tier"]),
  /** The key id, task or tier the budget applies to. Omit for every one of that scope. */
  name: z.string().optional(),
  window: z.enum(["day", "month"]),
  limit_usd: z.number().nonnegative().max(MAX_BUDGET_USD, `must be at most ${MAX_BUDGET_USD} (the most the ledger counts exactly)`),
});

export const experimentSchema = z.strictObject({
  // Spelled out rather than with the `i` flag, which the published JSON Schema cannot carry.
  name: z.string().regex(/^[A-Za-z0-9_-]+$/, "use letters, digits, - and _"),
  /** Which traffic enters: a task, a tier, or all. */
  match: z.strictObject({ task: z.string().optional(), tier: z.string().optional() }).default({}),
  /** Share of matching traffic sent to the variant, 0..1. */
  share: z.number().min(0).max(1),
  variant: z.strictObject({
    tier: z.string().optional(),
    model: z.string().optional(),
    quality: z.number().min(0).max(1).optional(),
    /** A candidate router (an adapter file from `switchyard train --from-log`) that routes the variant arm. */
    weights: z.string().min(1).optional(),
  }),
  enabled: z.boolean().default(true),
  /**
   * Assignment units (users, keys, conversations) each arm needs before a verdict or a promotion; default 10. Lower
   * it only when there cannot be more units (a few keys that send no `user`): the intervals stay honest, but rest on
   * fewer values. At least 2, the fewest a variance can be estimated from.
   */
  min_units_per_arm: z.number().int("must be a whole number of units").min(2, "must be at least 2 (one unit has no variance)").optional(),
});

/** A URL with one of `schemes` (checked at load, so a typo is named before anything connects). */
function urlWith(schemes: readonly string[]) {
  return z.string().refine((text) => {
    try {
      return schemes.includes(new URL(text).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${schemes.map((scheme) => `${scheme}//`).join(" or ")}`);
}

/** A shell's shorthand in a path: `${HOME}`, `$HOME/…` or `~/…`, which this file never expands. */
const SHELL_SHORTHAND = /\$\{|^\$[A-Za-z_]|^~[/\\]?/;

export const storageSchema = z.strictObject({
  sqlite: z
    .string()
    .refine((file) => !SHELL_SHORTHAND.test(file), "is not expanded: the config file is not interpolated (no ${VAR}, $VAR or ~); write the path out, or make it relative to the directory serve runs in")
    .default("./.switchyard/switchyard.db"),
  redis_url: urlWith(["redis:", "rediss:"]).optional(),
  postgres_url: urlWith(["postgres:", "postgresql:"]).optional(),
  /**
   * The longest a Postgres connect or query of the gateway may take: past it the server cancels the statement and the
   * request gets 503 storage_unavailable (docs/configuration.md). The schema setup at start has no limit.
   */
  postgres_query_timeout_ms: z.number().int().positive().max(600_000).default(5_000),
  /** The longest a CLI command's Postgres query may take (`report`, `train --from-log` over a big log); connects keep the limit above. */
  postgres_report_timeout_ms: z.number().int().positive().max(86_400_000).default(600_000),
  /** Failed health probes in a row (one a second) before `/readyz` turns 503 for Postgres; one success turns it back. */
  postgres_unready_after_failed_probes: z.number().int().min(1).max(60).default(2),
});

export const logSchema = z.strictObject({
  store_prompts: z.boolean().default(false),
  /** Regexes whose matches are replaced with [REDACTED] in stored prompts. */
  redact: z.array(z.string()).default([]),
  /** Keep each decision's prompt-free routing features, what `train --from-log` learns from (docs/learning.md). */
  store_features: z.boolean().default(true),
});

/** OpenTelemetry traces (off unless an endpoint is set here or in OTEL_EXPORTER_OTLP_* env vars). */
export const telemetrySchema = z.strictObject({
  /** OTLP/HTTP base endpoint (e.g. http://127.0.0.1:4318); traces go to `<endpoint>/v1/traces`. */
  otlp_endpoint: z.string().url().optional(),
  /** Extra export headers (e.g. an API key of the tracing backend). */
  otlp_headers: z.record(z.string(), z.string()).default({}),
  service_name: z.string().min(1).default("switchyard"),
});

export const routingSchema = z.strictObject({
  /** `learned` since it beat `heuristic` on the held-out sets (docs/routing-quality.md). */
  classifier: z.enum(["heuristic", "learned"]).default("learned"),
  /** 0..1, default 0.5 (the seed's thresholds). */
  quality: z.number().min(0).max(1).default(0.5),
  allow_authors: z.array(z.string()).default([]),
  deny_authors: z.array(z.string()).default([]),
  /** OpenRouter provider slugs to use exclusively / never (sent as `provider.only` / `provider.ignore`). */
  allow_providers: z.array(z.string()).default([]),
  deny_providers: z.array(z.string()).default([]),
  include_free: z.boolean().default(false),
  /** The tier `switchyard/cheapest` and explicit ids are accounted under. */
  explicit_tier: z.string().default("explicit"),
  /** Ask for OpenRouter's `:nitro` variant (fastest providers) on every routed id, as `max_latency_ms` does. */
  prefer_speed: z.boolean().default(false),
  /** A JSON file in OpenRouter's endpoints format that seeds per-model latency and throughput (relative to the working directory). */
  latency_seed: z.string().optional(),
  /** A deployment adapter (`switchyard train --from-log --out F`) applied on top of the shipped weights; reloaded on SIGHUP. */
  weights: z.string().min(1).optional(),
  /** A candidate router computed for every decision and logged, with no effect on traffic. */
  shadow: z.strictObject({ weights: z.string().min(1) }).optional(),
  /** Where `switchyard router promote|rollback` keep the active router and its history (overrides `weights` once written). */
  state_file: z.string().default("./.switchyard/router-state.json"),
  /** Online mode: a contextual bandit over the auto tiers, learning from every outcome as it arrives (docs/learning.md). */
  online: z
    .strictObject({
      enabled: z.boolean().default(false),
      /** Most share of auto decisions that may explore another tier (recorded per decision). */
      max_explore_share: z.number().min(0).max(0.5).default(0.05),
      /** Outcomes before the bandit's own adapter may replace the default router (it must also beat it). */
      min_outcomes: z.number().int().nonnegative().default(200),
      /** How often each instance applies the shared outcome feed, ms. */
      sync_ms: z.number().int().positive().default(1_000),
      seed: z.number().int().nonnegative().default(0),
    })
    .default({ enabled: false, max_explore_share: 0.05, min_outcomes: 200, sync_ms: 1_000, seed: 0 }),
});

/** The sampled judge: a stronger model grades a share of cheaper tiers' answers, under its own budget (docs/learning.md). */
export const judgeSchema = z.strictObject({
  /** The grading model (an OpenRouter id), e.g. a premium model. */
  model: z.string().min(1),
  /** Share of eligible served answers graded, 0..1 (picked by a hash of the decision id). */
  share: z.number().min(0).max(1).default(0.05),
  /** The judge's own spend cap per window, USD. Its spend also counts against global budgets. */
  budget_usd: z.number().nonnegative().max(MAX_BUDGET_USD, `must be at most ${MAX_BUDGET_USD} (the most the ledger counts exactly)`),
  window: z.enum(["day", "month"]).default("day"),
  /** Tiers whose answers are graded. Default: every tier below the top of the ladder. */
  tiers: z.array(z.string()).optional(),
  /** Cap on the judge's answer. */
  max_tokens: z.number().int().positive().default(16),
  /** Judge calls in flight at once; answers beyond it are not graded. */
  max_concurrency: z.number().int().positive().default(4),
});

export const learningSchema = z.strictObject({
  judge: judgeSchema.optional(),
});

/** Named address ranges a `trust_proxy` list may use (as Fastify's proxy-addr names them). */
const TRUSTED_RANGE_NAMES = ["loopback", "linklocal", "uniquelocal"];

/** True for an IPv4 or IPv6 address, optionally with a CIDR prefix (`10.0.0.0/8`, `fd00::/8`). */
function isAddressOrCidr(value: string): boolean {
  if (TRUSTED_RANGE_NAMES.includes(value)) return true;
  const [address = "", prefix, extra] = value.split("/");
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * Which proxies in front of the gateway may say who the client is (`X-Forwarded-For`, `-Proto`, `-Host`): off
 * (the default: the socket's address is the client, and forwarded headers are ignored), a hop count, or the
 * proxies' addresses and CIDR ranges. The client address keys the admin-key throttle (docs/security.md).
 */
export const trustProxySchema = z.union(
  [
    z.literal(false),
    z.number().int().min(1).max(16),
    z
      .array(z.string().refine(isAddressOrCidr, { message: `each entry is an IP address, a CIDR range such as 10.0.0.0/8, or one of ${TRUSTED_RANGE_NAMES.join(", ")}` }))
      .min(1, "list at least one proxy address, or set false"),
  ],
  { error: "trust_proxy is false (the default), a hop count from 1 to 16, or a list of proxy addresses and CIDR ranges such as [10.0.0.0/8]" },
);

/** Limits on what clients may send and how long they may take (docs/security.md lists each and why). */
export const serverLimitsSchema = z.strictObject({
  /** Largest request body; larger ones get a 413. */
  body_limit_bytes: z.number().int().positive().default(10 * 1024 * 1024),
  /** Deepest nesting of objects and arrays in a JSON body; deeper gets a 400 naming this key. */
  max_json_depth: z.number().int().min(2).max(1_000).default(64),
  /** Most elements in any one JSON array of a body; more gets a 400 naming this key. */
  max_array_length: z.number().int().positive().default(10_000),
  /** The most members one JSON object in a body may have. */
  max_object_keys: z.number().int().positive().default(10_000),
  /** Time a client has to send the request headers (slowloris guard); 408 after it. */
  header_timeout_ms: z.number().int().positive().default(10_000),
  /** Time a client has to send the whole request, headers and body; 408 after it. Not the response time. */
  request_timeout_ms: z.number().int().positive().default(30_000),
  /**
   * How long an idle keep-alive connection stays open between requests. Longer than client pools keep idle sockets
   * (undici 4 s, nginx 60 s), so a client never reuses a socket the gateway is closing (that race is an ECONNRESET).
   */
  keep_alive_timeout_ms: z.number().int().positive().default(72_000),
  /**
   * Requests served on one connection before it is closed (0: no limit, the default). Node answers a request that
   * arrives on the socket after the limit with a bare 503, which clients whose pools race the `Connection: close`
   * (autocannon, undici, SDK keep-alive pools) see as failures, so a limit is opt-in: the idle timeout and
   * `max_connections` bound what one client can hold.
   */
  max_requests_per_socket: z.number().int().nonnegative().default(0),
  /** Open connections at once; further connections are refused until one closes. */
  max_connections: z.number().int().positive().default(1_024),
  /** Largest request line plus headers; larger gets a 431. */
  max_header_bytes: z.number().int().positive().default(16 * 1024),
  /** Origins allowed to call the gateway from a browser (CORS). Empty: CORS off, no browser origin is allowed. */
  cors_allow_origins: z.array(z.string().min(1)).default([]),
  /** Proxies trusted to name the client (`X-Forwarded-For`): false, a hop count, or their addresses/CIDRs. */
  trust_proxy: trustProxySchema.default(false),
});

/** Conversation affinity: a conversation keeps its model across turns (docs/configuration.md). */
export const affinitySchema = z.strictObject({
  enabled: z.boolean().default(true),
  /** How long a conversation is remembered after its last turn. */
  ttl_seconds: z.number().int().positive().max(30 * 86_400).default(3_600),
  /** At a new user turn (never inside a tool sequence), leave the model when the routed one is cheaper even against the warm cache. */
  move_when_cheaper: z.boolean().default(false),
});

export const configSchema = z.strictObject({
  upstream: upstreamSchema.default(upstreamSchema.parse({})),
  circuit_breaker: circuitBreakerSchema.default(circuitBreakerSchema.parse({})),
  tiers: z.record(z.string().regex(/^[a-z0-9_-]+$/, "tier names use a-z, 0-9, - and _"), tierSchema).default({}),
  tasks: z.record(z.string().regex(/^[a-z0-9_]+$/, "task names use a-z, 0-9 and _"), z.string()).default({}),
  routing: routingSchema.default(routingSchema.parse({})),
  budgets: z.array(budgetSchema).default([]),
  on_exceed: z.enum(["reject", "downgrade"]).default("reject"),
  experiments: z.array(experimentSchema).default([]),
  storage: storageSchema.default(storageSchema.parse({})),
  log: logSchema.default(logSchema.parse({})),
  learning: learningSchema.default({}),
  telemetry: telemetrySchema.default(telemetrySchema.parse({})),
  affinity: affinitySchema.default(affinitySchema.parse({})),
  catalog: z
    .strictObject({ ttl_ms: z.number().int().positive().default(3_600_000), cache_dir: z.string().default("./.switchyard") })
    .default({ ttl_ms: 3_600_000, cache_dir: "./.switchyard" }),
  server: serverLimitsSchema.default(serverLimitsSchema.parse({})),
});

/** The config as written in YAML (before defaults). */
export type ConfigInput = z.input<typeof configSchema>;
/** The validated config with defaults applied and tiers/tasks merged over the built-in ones. */
export type SwitchyardConfig = z.output<typeof configSchema>;
export type TierConfig = z.output<typeof tierSchema>;
export type TierModel = z.output<typeof tierModelSchema>;
export type CheapestSelector = z.output<typeof cheapestSelectorSchema>["cheapest"];
export type BudgetConfig = z.output<typeof budgetSchema>;
export type ExperimentConfig = z.output<typeof experimentSchema>;
export type UpstreamConfig = z.output<typeof upstreamSchema>;
export type CircuitBreakerConfig = z.output<typeof circuitBreakerSchema>;
export type ServerLimitsConfig = z.output<typeof serverLimitsSchema>;
export type JudgeConfig = z.output<typeof judgeSchema>;
