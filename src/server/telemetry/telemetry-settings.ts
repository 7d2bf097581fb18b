/**
 * Whether and where to export traces: config `telemetry.*`, then the standard OpenTelemetry environment variables
 * (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, `OTEL_EXPORTER_OTLP_ENDPOINT`, `..._HEADERS`, `OTEL_SERVICE_NAME`,
 * `OTEL_SDK_DISABLED`, `OTEL_TRACES_EXPORTER=none`). Off when neither names an endpoint.
 * @module
 */
import type { SwitchyardConfig } from "../../config/config-schema.js";
import { ConfigError } from "../../core/errors/index.js";
import { trimTrailingSlashes } from "../../core/trim-trailing-slashes.js";

/** Resolved export settings. */
export interface TelemetrySettings {
  tracesUrl: string;
  headers: Record<string, string>;
  serviceName: string;
}

/** The traces URL of an OTLP/HTTP base endpoint (`http://host:4318` → `http://host:4318/v1/traces`). */
export function tracesUrlOf(endpoint: string): string {
  const trimmed = trimTrailingSlashes(endpoint);
  return trimmed.endsWith("/v1/traces") ? trimmed : `${trimmed}/v1/traces`;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE = /^[\x20-\x7e]*$/;

/**
 * Parses `key1=value1,key2=value2` (values URL-encoded), as the OTLP exporter spec defines it. A pair that does not
 * decode, or decodes to a header the exporter cannot send, stops the start naming `variable` and the header, never
 * the value (a collector's key): before, the start stopped on a bare "URI malformed", or every export failed.
 */
export function parseOtlpHeaders(text: string | undefined, variable: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [index, pair] of (text ?? "").split(",").entries()) {
    const equals = pair.indexOf("=");
    if (equals <= 0) continue;
    const refuse = (why: string): never => {
      throw new ConfigError([{ path: variable, message: `header ${index + 1} ${why}; write key=value pairs, the value URL-encoded, separated by commas` }]);
    };
    const decode = (part: string): string => {
      try {
        return decodeURIComponent(part.trim());
      } catch {
        return refuse("is not URL-encoded (a % not followed by two hex digits)");
      }
    };
    const name = decode(pair.slice(0, equals));
    const value = decode(pair.slice(equals + 1));
    if (!HEADER_NAME.test(name)) refuse(`has a name that is no HTTP header name (${JSON.stringify(name.slice(0, 64))})`);
    if (!HEADER_VALUE.test(value)) refuse(`("${name}") has a value that is not printable ASCII`);
    headers[name] = value;
  }
  return headers;
}

/** An endpoint the exporter cannot use stops the start with the setting named, not the SDK's bare message. */
function assertHttpUrl(url: string, source: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new ConfigError([{ path: source, message: `${JSON.stringify(printableUrl(url))} is not a URL; OTLP/HTTP needs http:// or https://` }]);
  }
  if (protocol !== "http:" && protocol !== "https:") throw new ConfigError([{ path: source, message: `${JSON.stringify(printableUrl(url))} is not an http:// or https:// URL, which OTLP/HTTP needs` }]);
}

/** A URL fit to print: without user, password or query (where collectors' credentials go). */
export function printableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const query = parsed.search ? "?…" : "";
    parsed.username = "";
    parsed.password = "";
    parsed.search = "";
    return `${parsed.toString()}${query}`;
  } catch {
    return url.replace(/\/\/[^/@]*@/, "//").replace(/\?.*$/, "?…");
  }
}

/** The export settings, or undefined when telemetry is off. */
export function resolveTelemetry(config: SwitchyardConfig, env: NodeJS.ProcessEnv): TelemetrySettings | undefined {
  if (env.OTEL_SDK_DISABLED === "true" || env.OTEL_TRACES_EXPORTER === "none") return undefined;
  const source = config.telemetry.otlp_endpoint ? "telemetry.otlp_endpoint" : env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT" : "OTEL_EXPORTER_OTLP_ENDPOINT";
  const tracesUrl = config.telemetry.otlp_endpoint
    ? tracesUrlOf(config.telemetry.otlp_endpoint)
    : env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || (env.OTEL_EXPORTER_OTLP_ENDPOINT ? tracesUrlOf(env.OTEL_EXPORTER_OTLP_ENDPOINT) : undefined);
  if (!tracesUrl) return undefined;
  assertHttpUrl(tracesUrl, source);
  return {
    tracesUrl,
    headers: { ...parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_HEADERS, "OTEL_EXPORTER_OTLP_HEADERS"), ...parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS, "OTEL_EXPORTER_OTLP_TRACES_HEADERS"), ...config.telemetry.otlp_headers },
    serviceName: env.OTEL_SERVICE_NAME || config.telemetry.service_name,
  };
}
