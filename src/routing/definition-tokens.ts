/**
 * What the upstream reads, and bills as prompt tokens, besides the messages' text: the tool definitions and a response
 * format's JSON schema (providers put both into the prompt). The worst case reserved before a call counted the
 * messages alone, so a few words beside a large tool list reserved a fraction of what the call was billed, and a hard
 * cap let several such calls through at once (test/e2e/prompt-beside-messages.e2e.test.ts). The routing labels still
 * read the messages' count alone: the classifier was trained on it.
 * @module
 */
import { estimateRememberedTokens } from "../classifier/estimate-tokens.js";
import type { ChatRequest } from "../core/types.js";

/** The estimated tokens of the request's tool definitions and JSON schema response format; 0 when it has neither. */
export function definitionTokens(request: Pick<ChatRequest, "tools" | "response_format">): number {
  let tokens = 0;
  if (Array.isArray(request.tools) && request.tools.length > 0) tokens += estimateRememberedTokens(serialized(request.tools));
  const format = request.response_format;
  if (typeof format === "object" && format !== null && format.json_schema !== undefined) tokens += estimateRememberedTokens(serialized(format.json_schema));
  return tokens;
}

/** The value's JSON text; "" for one that has none (a cycle cannot come from a parsed body, only a library caller). */
function serialized(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "";
  }
}
