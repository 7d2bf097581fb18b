/**
 * Renders normalized catalog entries back into OpenRouter's `GET /models` wire format
 * (per-token price strings, `architecture`, `top_provider`, `supported_parameters`, and a reasoning model's
 * `reasoning.mandatory`, as the simulator refuses turning its reasoning off).
 * @module
 */
import type { Capability } from "../../core/types.js";
import type { ModelEntry } from "../../catalog/model-entry.js";
import { reasoningIsMandatory } from "./mandatory-reasoning.js";

/** One row of OpenRouter's `/models` response, as the simulator serves it. */
export interface OpenRouterModelRow {
  id: string;
  canonical_slug: string;
  name: string;
  created: number;
  description: string;
  context_length: number;
  architecture: {
    modality: string;
    input_modalities: string[];
    output_modalities: string[];
    tokenizer: string;
    instruct_type: null;
  };
  pricing: Record<string, string>;
  top_provider: { context_length: number; max_completion_tokens: number | null; is_moderated: boolean };
  per_request_limits: null;
  supported_parameters: string[];
  expiration_date: string | null;
  /** OpenRouter's reasoning facts, "omitted for non-reasoning models": here `mandatory` only, as the simulator enforces it. */
  reasoning?: { mandatory: boolean };
}

/** A fixed creation time so the rendered body is deterministic (2026-01-01T00:00:00Z). */
const CREATED_SECONDS = 1_767_225_600;

const BASE_PARAMETERS = ["max_tokens", "temperature", "top_p", "stop", "seed"];

const PARAMETERS_BY_CAPABILITY: Partial<Record<Capability, string[]>> = {
  tools: ["tools", "tool_choice"],
  json: ["response_format"],
  structured_outputs: ["structured_outputs"],
  reasoning: ["reasoning", "include_reasoning"],
};

const MODALITY_BY_CAPABILITY: ReadonlyArray<readonly [Capability, string]> = [
  ["vision", "image"],
  ["file", "file"],
  ["audio", "audio"],
];

/** Renders a `/models` body `{ data: [...] }` from catalog entries. */
export function renderModelsBody(models: readonly ModelEntry[]): { data: OpenRouterModelRow[] } {
  return { data: models.map(renderModelRow) };
}

/** Renders one catalog entry as an OpenRouter `/models` row. */
export function renderModelRow(model: ModelEntry): OpenRouterModelRow {
  const inputModalities = inputModalitiesOf(model);
  return {
    id: model.id,
    canonical_slug: model.id,
    name: model.name,
    created: CREATED_SECONDS,
    description: `${model.name} (served by the Switchyard simulator).`,
    context_length: model.contextLength,
    architecture: {
      modality: `${inputModalities.join("+")}->text`,
      input_modalities: inputModalities,
      output_modalities: ["text"],
      tokenizer: "Other",
      instruct_type: null,
    },
    pricing: renderPricing(model),
    top_provider: {
      context_length: model.contextLength,
      max_completion_tokens: model.maxCompletionTokens,
      is_moderated: false,
    },
    per_request_limits: null,
    supported_parameters: supportedParameters(model),
    expiration_date: model.expirationDate,
    ...(model.capabilities.includes("reasoning") ? { reasoning: { mandatory: model.reasoningMandatory ?? reasoningIsMandatory(model.id) } } : {}),
  };
}

/**
 * Formats a USD-per-million-tokens price as OpenRouter's USD-per-token decimal string,
 * e.g. `0.15` → `"0.00000015"` (never exponent notation).
 */
export function formatUsdPerToken(usdPerMillionTokens: number): string {
  return trimDecimal((usdPerMillionTokens / 1_000_000).toFixed(15));
}

/** The entry's modalities plus those its capabilities imply (the built-in catalog lists only text/image). */
function inputModalitiesOf(model: ModelEntry): string[] {
  const modalities = new Set(model.inputModalities.length > 0 ? model.inputModalities : ["text"]);
  for (const [capability, modality] of MODALITY_BY_CAPABILITY) {
    if (model.capabilities.includes(capability)) modalities.add(modality);
  }
  return [...modalities];
}

function renderPricing(model: ModelEntry): Record<string, string> {
  const { pricing } = model;
  if (model.isRouter) return { prompt: "-1", completion: "-1" };
  // Like OpenRouter since early 2026: prompt and completion always, other keys only when non-zero.
  const rendered: Record<string, string> = {
    prompt: formatUsdPerToken(pricing.usdPerMillionInputTokens),
    completion: formatUsdPerToken(pricing.usdPerMillionOutputTokens),
  };
  if (pricing.usdPerRequest > 0) rendered["request"] = trimDecimal(pricing.usdPerRequest.toFixed(15));
  if (pricing.usdPerImage > 0) rendered["image"] = trimDecimal(pricing.usdPerImage.toFixed(15));
  if (pricing.usdPerMillionCacheReadTokens > 0) {
    rendered["input_cache_read"] = formatUsdPerToken(pricing.usdPerMillionCacheReadTokens);
  }
  if (pricing.usdPerMillionCacheWriteTokens > 0) {
    rendered["input_cache_write"] = formatUsdPerToken(pricing.usdPerMillionCacheWriteTokens);
  }
  if ((pricing.usdPerWebSearch ?? 0) > 0) rendered["web_search"] = trimDecimal((pricing.usdPerWebSearch ?? 0).toFixed(15));
  if (pricing.usdPerMillionReasoningTokens > 0) {
    rendered["internal_reasoning"] = formatUsdPerToken(pricing.usdPerMillionReasoningTokens);
  }
  return rendered;
}

function supportedParameters(model: ModelEntry): string[] {
  if (model.supportedParameters.length > 0) return [...model.supportedParameters];
  const parameters = [...BASE_PARAMETERS];
  for (const capability of model.capabilities) parameters.push(...(PARAMETERS_BY_CAPABILITY[capability] ?? []));
  return parameters;
}

function trimDecimal(fixed: string): string {
  if (!fixed.includes(".")) return fixed;
  const trimmed = fixed.replace(/0+$/, "").replace(/\.$/, "");
  return trimmed === "-0" ? "0" : trimmed;
}
