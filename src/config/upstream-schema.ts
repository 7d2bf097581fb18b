/**
 * The `upstream` and `circuit_breaker` sections of `switchyard.yaml`: where requests go (OpenRouter by default),
 * the name of the key's environment variable, the attempt loop's timeouts and bounds, and when a model's circuit opens.
 * @module
 */
import { z } from "zod";

export const timeoutsSchema = z.strictObject({
  connect_ms: z.number().int().positive().default(2_000),
  first_token_ms: z.number().int().positive().default(15_000),
  idle_ms: z.number().int().positive().default(30_000),
  total_ms: z.number().int().positive().default(120_000),
});

/**
 * A value sent as a header on every upstream call: printable ASCII. The HTTP client refuses line breaks and
 * characters past Latin-1 on each call (every request then failed with 502), and Latin-1 bytes would reach
 * OpenRouter as mojibake.
 */
export const headerText = z.string().regex(/^[\x20-\x7e]*$/, { message: "must be printable ASCII (it is sent as an HTTP header; no line breaks or non-ASCII characters)" });

/** An HTTP header name (RFC 9110 token). */
export const headerName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, { message: "must be an HTTP header name (letters, digits and !#$%&'*+.^_`|~-, no spaces)" });

export const upstreamSchema = z.strictObject({
  // Only http(s): `serve` refused any other scheme at start without naming this key, after `config check` passed it.
  base_url: z.url({ protocol: /^https?$/, message: "must be an http:// or https:// URL, such as https://openrouter.ai/api/v1" }).default("https://openrouter.ai/api/v1"),
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
  http_referer: headerText.optional(),
  x_title: headerText.default("Switchyard"),
});

export const circuitBreakerSchema = z.strictObject({
  failures: z.number().int().positive().default(5),
  window_ms: z.number().int().positive().default(60_000),
  cooldown_ms: z.number().int().positive().default(30_000),
});

export type UpstreamConfig = z.output<typeof upstreamSchema>;
export type CircuitBreakerConfig = z.output<typeof circuitBreakerSchema>;
