/**
 * The `server` and `telemetry` sections of `switchyard.yaml`: the gateway's limits on what clients may send and how
 * long they may take, which proxies may name the client, and where traces go.
 * @module
 */
import { isIP } from "node:net";
import { z } from "zod";
import { headerName, headerText } from "./upstream-schema.js";

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
  /**
   * When the dashboard's session cookie gets `Secure`: `auto` (the default) when the request shows the browser is on
   * https (TLS here, an https `Origin`, `X-Forwarded-Proto: https`); `always` on every cookie, for a gateway behind a
   * TLS proxy that sends no `X-Forwarded-Proto`, where a page load (no Origin) cannot tell (ADR 0091).
   */
  secure_cookies: z.enum(["auto", "always"]).default("auto"),
});

/** OpenTelemetry traces (off unless an endpoint is set here or in OTEL_EXPORTER_OTLP_* env vars). */
export const telemetrySchema = z.strictObject({
  /** OTLP/HTTP base endpoint (e.g. http://127.0.0.1:4318); traces go to `<endpoint>/v1/traces`. */
  otlp_endpoint: z.string().url().optional(),
  /** Extra export headers (e.g. an API key of the tracing backend). */
  otlp_headers: z.record(headerName, headerText).default({}),
  service_name: z.string().min(1).default("switchyard"),
});

export type ServerLimitsConfig = z.output<typeof serverLimitsSchema>;
