/**
 * Prompt caching a request asks for with Anthropic's `cache_control` marks (on the body, a message or its parts, a
 * tool result or a tool): a provider that bills cache writes (the model lists `input_cache_write`) then bills the prompt it
 * writes above the input price, 1.25× for the default 5-minute cache and 2× for `ttl: "1h"` (Anthropic's published
 * multipliers; the catalog's `input_cache_write` when dearer). The worst case priced the prompt at the input price, so a request with marks was billed up to twice the
 * prompt it reserved (ADR 0061).
 * @module
 */

/** The cache a request may write: none, the default 5-minute one, or the 1-hour one. */
export type CacheWriteAsk = "none" | "5m" | "1h";

/** Anthropic's price multiples of the input price for a cache write, by TTL. */
export const CACHE_WRITE_MULTIPLE: Readonly<Record<CacheWriteAsk, number>> = { none: 1, "5m": 1.25, "1h": 2 };

/** How deep a part is searched for a mark (a tool result's content list sits one level down). */
const MAX_DEPTH = 4;

/** The cache `body` (a chat request as forwarded) may write. */
export function readCacheWriteAsk(body: Readonly<Record<string, unknown>>): CacheWriteAsk {
  // A mark on a tool writes the tools' prefix as a message's mark writes the conversation's.
  let ask = wider(markAsk(body["cache_control"]), partsAsk(body["tools"], MAX_DEPTH - 1));
  const messages = body["messages"];
  if (!Array.isArray(messages)) return ask;
  for (const message of messages) {
    if (ask === "1h") return ask;
    if (typeof message !== "object" || message === null) continue;
    // A message's own mark (the Messages door's `tool_use` breakpoint rides on its assistant message) writes too.
    const record = message as Record<string, unknown>;
    ask = wider(wider(ask, markAsk(record["cache_control"])), partsAsk(record["content"], 0));
  }
  return ask;
}

function partsAsk(content: unknown, depth: number): CacheWriteAsk {
  if (!Array.isArray(content) || depth >= MAX_DEPTH) return "none";
  let ask: CacheWriteAsk = "none";
  for (const part of content) {
    if (typeof part !== "object" || part === null) continue;
    const record = part as Record<string, unknown>;
    ask = wider(wider(ask, markAsk(record["cache_control"])), partsAsk(record["content"], depth + 1));
  }
  return ask;
}

function markAsk(mark: unknown): CacheWriteAsk {
  if (typeof mark !== "object" || mark === null) return "none";
  return (mark as Record<string, unknown>)["ttl"] === "1h" ? "1h" : "5m";
}

function wider(a: CacheWriteAsk, b: CacheWriteAsk): CacheWriteAsk {
  return CACHE_WRITE_MULTIPLE[b] > CACHE_WRITE_MULTIPLE[a] ? b : a;
}
