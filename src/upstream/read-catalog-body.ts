/**
 * Reads the body of `GET /models` whole, within a size bound: an upstream (or a proxy in front of it) that sends
 * an endless or enormous body must not take the gateway's memory with it. OpenRouter's catalog is about 1 MB.
 * @module
 */
import { MAX_ANSWER_DEPTH, nestsDeeperThan } from "./answer-depth.js";
import { readBodyCapped, type CappedBody } from "./read-capped-body.js";

/** The largest `/models` body read: fifty times OpenRouter's own. */
export const MAX_CATALOG_BYTES = 50 * 1024 * 1024;

/** How long the whole `GET /models` (connect, headers and body) may take before the catalog falls back. */
export const CATALOG_FETCH_TIMEOUT_MS = 30_000;

/** The body's bytes parsed as JSON; throws naming the bound when there are more than `maxBytes`. */
export async function readCatalogBody(body: CappedBody, maxBytes = MAX_CATALOG_BYTES): Promise<unknown> {
  const bytes = await readBodyCapped(body, undefined, maxBytes);
  if (!bytes) throw new Error(`GET /models sent more than ${Math.round(maxBytes / 1024 / 1024)} MB; a catalog is about 1 MB`);
  const text = bytes.toString("utf8");
  if (nestsDeeperThan(text)) throw new Error(`GET /models sent JSON nested more than ${MAX_ANSWER_DEPTH} levels deep; a catalog nests a few`);
  return JSON.parse(text) as unknown;
}

/** A signal that aborts after `timeoutMs`, or with `signal` when one is given. */
export function catalogDeadline(timeoutMs: number, signal?: AbortSignal): AbortSignal {
  const deadline = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, deadline]) : deadline;
}

/** The error of a fetch cut by its deadline, saying so instead of "This operation was aborted". */
export function catalogFetchError(error: unknown, timeoutMs: number): Error {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError") return new Error(`GET /models did not finish within ${Math.round(timeoutMs / 1000)} s`);
  return error instanceof Error ? error : new Error(String(error));
}
