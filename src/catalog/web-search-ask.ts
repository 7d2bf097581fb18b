/**
 * The paid web search a request asks OpenRouter for, read from the body OpenRouter reads: the `web` plugin (with its
 * `max_results` and `max_uses`), a `:online` model id (the plugin's shortcut), `web_search_options` (a model's native
 * search) and the `openrouter:web_search` server tool (or OpenAI's `web_search` / `web_search_preview` spellings of
 * it, which OpenRouter converts). OpenRouter bills these on top of the tokens ($4 per 1,000
 * results with Exa, the model's `pricing.web_search` per native search, and the results' text as prompt tokens),
 * so a worst case that leaves them out reserves a fraction of the bill and a small cap is overspent
 * (ADR 0061). The reader is the upstream's word on what it will run, so it is read generously: a request that says
 * nothing asks for nothing; anything that turns search on counts OpenRouter's default of 5 results, and the server
 * tool, which searches as often as the model likes, its `max_uses` (else 30 steps) up to `max_total_results` (50).
 * @module
 */

/** How much paid web search a request may use: searches run and results read, at most. */
export interface WebSearchAsk {
  searches: number;
  results: number;
}

/** No web search. */
export const NO_WEB_SEARCH: WebSearchAsk = Object.freeze({ searches: 0, results: 0 });

/** OpenRouter's default `max_results` for the web plugin and the `:online` shortcut. */
const DEFAULT_RESULTS = 5;

/**
 * The server tool's types: OpenRouter's own, and OpenAI's Responses spellings, which a chat request may send and
 * OpenRouter converts to it (`ChatWebSearchShorthand` in its OpenAPI spec).
 */
const SEARCH_TOOL_TYPES: ReadonlySet<string> = new Set(["openrouter:web_search", "web_search", "web_search_preview", "web_search_preview_2025_03_11", "web_search_2025_08_26"]);

/**
 * The server tool lets the model search as often as it likes: up to `max_uses`, else one search per agent step
 * (OpenRouter's `max_tool_calls`, 30 at most), and `max_total_results` results across them (50 by default).
 */
const MAX_TOOL_STEPS = 30;
const DEFAULT_TOTAL_RESULTS = 50;

/** A bound on a count read from the body: far past any real plugin setting, so the worst case stays finite. */
const MAX_COUNT = 1_000;

/** The web search `body` asks for (a chat request as forwarded to OpenRouter). */
export function readWebSearchAsk(body: Readonly<Record<string, unknown>>): WebSearchAsk {
  let searches = 0;
  let results = 0;
  const add = (uses: number, read: number): void => {
    searches += uses;
    results += read;
  };
  for (const plugin of listOf(body["plugins"])) {
    if (isRecord(plugin) && plugin["id"] === "web" && plugin["enabled"] !== false) {
      const uses = count(plugin["max_uses"], 1);
      add(uses, uses * count(plugin["max_results"], DEFAULT_RESULTS));
    }
  }
  for (const tool of listOf(body["tools"])) {
    if (!isRecord(tool) || !isSearchTool(tool["type"])) continue;
    // The shorthand carries its settings at the top, OpenRouter's own tool under `parameters`: both are read.
    const settings = { ...tool, ...(isRecord(tool["parameters"]) ? tool["parameters"] : {}) };
    const uses = Math.min(count(settings["max_uses"], MAX_TOOL_STEPS), MAX_TOOL_STEPS);
    add(uses, Math.min(uses * count(settings["max_results"], DEFAULT_RESULTS), count(settings["max_total_results"], DEFAULT_TOTAL_RESULTS)));
  }
  if (searches === 0 && (onlineId(body["model"]) || listOf(body["models"]).some(onlineId))) add(1, DEFAULT_RESULTS);
  if (searches === 0 && isRecord(body["web_search_options"])) add(1, DEFAULT_RESULTS);
  return searches === 0 ? NO_WEB_SEARCH : { searches, results };
}

/**
 * The web search a call to `id` runs: the request's, or OpenRouter's default search when the id itself is a `:online`
 * variant (a tier's configured model) and the request asked for none.
 */
export function webSearchForId(ask: WebSearchAsk, id: string): WebSearchAsk {
  return ask.searches === 0 && onlineId(id) ? { searches: 1, results: DEFAULT_RESULTS } : ask;
}

/** True for a model id with the `:online` variant among its suffixes (`x/y:online`, `x/y:free:online`). */
function onlineId(id: unknown): boolean {
  return typeof id === "string" && id.split(":").slice(1).includes("online");
}

function isSearchTool(type: unknown): boolean {
  return typeof type === "string" && (SEARCH_TOOL_TYPES.has(type) || type.startsWith("openrouter:web_search"));
}

/** A positive whole count as given, bounded; `fallback` when absent or not one. */
function count(value: unknown, fallback: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 1) return fallback;
  return Math.min(Math.ceil(value), MAX_COUNT);
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
