/**
 * OpenRouter's `fusion` plugin (`FusionPlugin` in its OpenAPI spec) runs a panel of models on the request
 * (`analysis_models`, at most 8, by default its Quality preset of three frontier models), each with web search and fetch
 * for up to `max_tool_calls` steps (4 by default, 16 at most), then an analyst model that researches the same way and
 * writes the answer. All of it is billed to the request, which reserved the routed model's worst case alone. Each
 * candidate now also reserves the panel: every panelist's and the analyst's steps at their own prices (the dearest
 * model's for an id the catalog does not list, as for a router slug), each step with a default web search, and the
 * analyst's synthesis.
 * @module
 */
import { NO_WEB_SEARCH, type WebSearchAsk } from "../catalog/web-search-ask.js";
import type { ChatRequest } from "../core/types.js";
import { worstCaseOf } from "./client-fallbacks.js";
import type { ChainCandidate, ChainContext } from "./routing-plan.js";

/** The Quality preset OpenRouter uses when the plugin names no panel. */
const DEFAULT_PANEL = ["~anthropic/claude-opus-latest", "~openai/gpt-latest", "~google/gemini-pro-latest"];
/** A `preset` expands on OpenRouter's side to a panel the request does not show: the most it may hold. */
const MAX_PANEL = 8;
const DEFAULT_STEPS = 4;
const MAX_STEPS = 16;
const STEP_SEARCH: WebSearchAsk = { searches: 1, results: 5 };

/** The chain with each candidate also reserving the fusion panel the request turns on, or the chain as it was. */
export function reserveForFusion(chain: ChainCandidate[], request: ChatRequest, context: ChainContext): ChainCandidate[] {
  const plugin = fusionPluginOf(request);
  if (!plugin) return chain;
  const usd = panelWorstCaseUsd(plugin, context);
  context.reasons.push(`The request turns on OpenRouter's fusion plugin, which runs a panel of models with web search and an analyst, billed to it: each attempt also reserves them, $${usd.toFixed(6)}.`);
  return chain.map((candidate) => ({ ...candidate, worstCaseCostUsd: candidate.worstCaseCostUsd + usd }));
}

/** The request's enabled `fusion` plugin entry, if it turns one on. */
export function fusionPluginOf(request: ChatRequest): Record<string, unknown> | undefined {
  const plugins = (request as unknown as Record<string, unknown>)["plugins"];
  return Array.isArray(plugins) ? plugins.find((entry): entry is Record<string, unknown> => isRecord(entry) && entry["id"] === "fusion" && entry["enabled"] !== false) : undefined;
}

function panelWorstCaseUsd(plugin: Record<string, unknown>, context: ChainContext): number {
  const named = Array.isArray(plugin["analysis_models"]) ? plugin["analysis_models"].filter((id): id is string => typeof id === "string").slice(0, MAX_PANEL) : [];
  // A preset's panel is not in the request: its most models, each unknown (priced as the dearest).
  const panel = named.length > 0 ? named : typeof plugin["preset"] === "string" ? Array.from({ length: MAX_PANEL }, () => "") : DEFAULT_PANEL;
  const analyst = typeof plugin["model"] === "string" ? plugin["model"] : panel[0] ?? "";
  const given = plugin["max_tool_calls"];
  const steps = typeof given === "number" && Number.isFinite(given) && given >= 1 ? Math.min(Math.ceil(given), MAX_STEPS) : DEFAULT_STEPS;
  // `tools: []` turns the inner calls' web search off; otherwise it is on by default.
  const search = Array.isArray(plugin["tools"]) && plugin["tools"].length === 0 ? NO_WEB_SEARCH : STEP_SEARCH;
  const searching: ChainContext = { ...context, webSearch: search };
  let usd = worstCaseOf(analyst, { ...context, webSearch: NO_WEB_SEARCH });
  for (const id of [...panel, analyst]) usd += steps * worstCaseOf(id, searching);
  return usd;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
