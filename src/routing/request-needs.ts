/**
 * What a request needs from a model, read from the request itself.
 * @module
 */
import { InvalidRequestError } from "../core/errors/index.js";
import { didYouMean } from "../core/closest-name.js";
import { CAPABILITIES, type Capability, type ChatRequest } from "../core/types.js";
import { attachmentTokens, audioTokens, urlAttachmentCount } from "../classifier/attachment-tokens.js";
import { countImages } from "../classifier/conversation-text.js";
import { readWebSearchAsk, type WebSearchAsk } from "../catalog/web-search-ask.js";
import { readCacheWriteAsk, type CacheWriteAsk } from "../catalog/cache-write-ask.js";

/** Capabilities a request needs, and why. */
export interface RequestNeeds {
  capabilities: Capability[];
  /** One sentence per capability, for the decision's reasons. */
  why: string[];
  imageCount: number;
  /** The attachments' worst-case prompt tokens, for the cost estimate only (`attachment-tokens.ts`). */
  attachmentTokens: number;
  /** The audio parts' share of `attachmentTokens`, priced at `pricing.audio` (`attachment-tokens.ts`). */
  audioTokens: number;
  /** The paid web search the request turns on, for the cost estimate only (`web-search-ask.ts`). */
  webSearch: WebSearchAsk;
  /** Non-image parts given by URL, whose size the request does not show (`attachment-tokens.ts`). */
  urlAttachments: number;
  /** The prompt cache the request's `cache_control` marks may write, priced above the input price (`cache-write-ask.ts`). */
  cacheWrite: CacheWriteAsk;
}

/** Derives needs: tools → tools, image parts → vision, response_format → json / structured_outputs, plus `switchyard.requires`. */
export function readRequestNeeds(request: ChatRequest): RequestNeeds {
  const capabilities = new Set<Capability>();
  const why: string[] = [];
  if (Array.isArray(request.tools) && request.tools.length > 0) {
    capabilities.add("tools");
    why.push(`The request defines ${request.tools.length} tool(s), so the model must support tools.`);
  }
  const imageCount = countImages(request.messages);
  if (imageCount > 0) {
    capabilities.add("vision");
    why.push(`The conversation has ${imageCount} image(s), so the model must accept image input.`);
  }
  const format = request.response_format?.type;
  if (format === "json_object" || format === "json_schema") {
    capabilities.add("json");
    if (format === "json_schema") capabilities.add("structured_outputs");
    why.push(`response_format is ${format}, so the model must support ${format === "json_schema" ? "structured outputs" : "JSON output"}.`);
  }
  for (const need of request.switchyard?.requires ?? []) {
    if (!(CAPABILITIES as readonly string[]).includes(need)) {
      throw new InvalidRequestError(`Unknown requirement "${String(need)}" in switchyard.requires; valid: ${CAPABILITIES.join(", ")}.${didYouMean(String(need), CAPABILITIES)}`, {
        param: "switchyard.requires",
      });
    }
    if (!capabilities.has(need)) why.push(`switchyard.requires asks for ${need}.`);
    capabilities.add(need);
  }
  const urlAttachments = urlAttachmentCount(request.messages);
  if (urlAttachments > 0) why.push(`The conversation names ${urlAttachments} file(s) by URL, whose size the request does not show, so each attempt reserves its model's whole context window as prompt.`);
  return { capabilities: [...capabilities], why, imageCount, attachmentTokens: attachmentTokens(request.messages), audioTokens: audioTokens(request.messages), webSearch: readWebSearchAsk(request), urlAttachments, cacheWrite: readCacheWriteAsk(request) };
}
