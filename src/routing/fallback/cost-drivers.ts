/**
 * What besides tokens a request's worst case holds, named for a budget refusal's advice. A 402 that says only "lower
 * max_tokens" misleads a request whose worst case is mostly web search, a file given by URL or OpenRouter's fusion
 * panel: lowering max_tokens changes little there. Read only when a budget refused, so it costs the request path
 * nothing.
 * @module
 */
import { urlAttachmentCount } from "../../classifier/attachment-tokens.js";
import type { ModelEntry } from "../../catalog/model-entry.js";
import { readWebSearchAsk, webSearchForId } from "../../catalog/web-search-ask.js";
import type { ChatRequest } from "../../core/types.js";
import { fusionPluginOf } from "../fusion-plugin.js";
import { servicePriceFactor } from "../service-tier.js";

/**
 * The parts of the request (and of the refused model) that raise its worst case past its tokens, in words. `id` is the
 * id called: a tier's `x:online` searches though the request's own model (switchyard/auto) does not say so, and its
 * worst case reserves that search (`webSearchForId`, as `build-chain.ts` prices it).
 */
export function costDrivers(request: ChatRequest, model: ModelEntry | undefined, id: string = model?.id ?? ""): string[] {
  const drivers: string[] = [];
  const search = webSearchForId(readWebSearchAsk(request), id);
  if (search.results > 0 || search.searches > 0) drivers.push(`web search (up to ${search.results} result${search.results === 1 ? "" : "s"}${search.searches > 1 ? ` over ${search.searches} searches` : ""})`);
  else if (model && (model.pricing.usdPerWebSearch ?? 0) > 0 && model.supportedParameters.includes("web_search_options")) drivers.push(`${model.id}'s own search fee on every call`);
  const files = urlAttachmentCount(request.messages);
  if (files > 0) drivers.push(`${files} file${files === 1 ? "" : "s"} given by URL (priced as filling the model's context window, since the request does not show ${files === 1 ? "its" : "their"} size)`);
  if (fusionPluginOf(request)) drivers.push("OpenRouter's fusion plugin (a panel of models, each with web search)");
  const { factor } = servicePriceFactor(request.service_tier);
  if (factor !== 1) drivers.push(`service_tier ${String(request.service_tier)} (${factor}× list prices)`);
  return drivers;
}
