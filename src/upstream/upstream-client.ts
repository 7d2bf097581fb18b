/**
 * The HTTP client to the OpenAI-compatible upstream (OpenRouter): one keep-alive undici Pool, attribution
 * headers, and the key held only in this closure. It never reads the environment: the composition root passes
 * the key in.
 * @module
 */
import type { EventEmitter } from "node:events";
import { Pool, type Dispatcher } from "undici";
import { CATALOG_FETCH_TIMEOUT_MS, catalogDeadline, catalogFetchError, readCatalogBody } from "./read-catalog-body.js";
import { trimTrailingSlashes } from "../core/trim-trailing-slashes.js";

/** An upstream response body: async-iterable bytes that can also be read whole or dropped. */
export interface UpstreamBody extends AsyncIterable<Uint8Array> {
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** Drops the rest of the body (closes the stream). */
  destroy(error?: Error): unknown;
}

/** One upstream HTTP response. */
export interface UpstreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: UpstreamBody;
}

/** Per-call options. */
export interface UpstreamCallOptions {
  /** An AbortSignal, or an EventEmitter that emits `abort` (cheaper; undici accepts both). */
  signal: AbortSignal | EventEmitter;
  /** Fail when no response headers arrive within this time (0 = no limit). */
  headersTimeoutMs: number;
  /** Fail when the body is silent for this long (0 = no limit). */
  bodyTimeoutMs: number;
}

/** What the gateway needs from the upstream. */
export interface UpstreamClient {
  /** POSTs an already-serialized chat completion body. */
  chatCompletions(body: string, options: UpstreamCallOptions): Promise<UpstreamResponse>;
  /** GET /models, parsed. */
  listModels(options?: { signal?: AbortSignal }): Promise<unknown>;
  close(): Promise<void>;
}

/** Options of createUpstreamClient. */
export interface UpstreamClientOptions {
  /** e.g. `https://openrouter.ai/api/v1`. */
  baseUrl: string;
  apiKey?: string;
  /** Sent as `HTTP-Referer` (OpenRouter app attribution). */
  httpReferer?: string;
  /** Sent as `X-Title` (OpenRouter app attribution). */
  xTitle?: string;
  connectTimeoutMs: number;
  /** Max sockets to the upstream. Default 256. */
  connections?: number;
  keepAliveTimeoutMs?: number;
  /** Replaces the Pool, e.g. a MockAgent or a shared Agent. */
  dispatcher?: Dispatcher;
  /** The whole `GET /models`, connect to last byte. Default 30 s (`CATALOG_FETCH_TIMEOUT_MS`). */
  catalogTimeoutMs?: number;
}

/** Creates the upstream client. */
export function createUpstreamClient(options: UpstreamClientOptions): UpstreamClient {
  const url = new URL(options.baseUrl);
  const pathPrefix = trimTrailingSlashes(url.pathname);
  const ownsDispatcher = options.dispatcher === undefined;
  const dispatcher =
    options.dispatcher ??
    new Pool(url.origin, {
      connections: options.connections ?? 256,
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
      connect: { timeout: options.connectTimeoutMs },
    });
  const baseHeaders: Record<string, string> = { accept: "application/json" };
  if (options.apiKey) baseHeaders.authorization = `Bearer ${options.apiKey}`;
  if (options.httpReferer) baseHeaders["http-referer"] = options.httpReferer;
  if (options.xTitle) baseHeaders["x-title"] = options.xTitle;
  const postHeaders = { ...baseHeaders, "content-type": "application/json" };

  return {
    async chatCompletions(body, { signal, headersTimeoutMs, bodyTimeoutMs }) {
      const response = await dispatcher.request({
        origin: url.origin,
        path: `${pathPrefix}/chat/completions`,
        method: "POST",
        headers: postHeaders,
        body,
        signal,
        headersTimeout: headersTimeoutMs,
        bodyTimeout: bodyTimeoutMs,
      });
      return { status: response.statusCode, headers: response.headers, body: response.body };
    },
    async listModels({ signal } = {}) {
      // One deadline for the whole fetch: undici's own timeouts restart with every byte, so a stalled or dripping
      // /models held `serve` before it listened (five minutes, or for ever).
      const timeoutMs = options.catalogTimeoutMs ?? CATALOG_FETCH_TIMEOUT_MS;
      try {
        const response = await dispatcher.request({ origin: url.origin, path: `${pathPrefix}/models`, method: "GET", headers: baseHeaders, signal: catalogDeadline(timeoutMs, signal) });
        if (response.statusCode !== 200) {
          await response.body.dump();
          throw new Error(`GET /models answered HTTP ${response.statusCode}`);
        }
        return await readCatalogBody(response.body);
      } catch (error) {
        throw catalogFetchError(error, timeoutMs);
      }
    },
    async close() {
      if (ownsDispatcher) await dispatcher.close();
    },
  };
}
