/**
 * Domain types shared by every layer. This module depends on nothing internal.
 * @module
 */

/** A capability a request can require of a model. */
export type Capability = "tools" | "vision" | "json" | "structured_outputs" | "reasoning" | "audio" | "file";

/** Every capability name, for validation and error messages. */
export const CAPABILITIES: readonly Capability[] = [
  "tools",
  "vision",
  "json",
  "structured_outputs",
  "reasoning",
  "audio",
  "file",
];

/** One part of a multi-part message body (OpenAI format). */
export type ContentPart =
  | { type: "text"; text: string }
  | { type: "image_url"; image_url: { url: string; detail?: string } }
  | { type: "input_audio"; input_audio: { data: string; format: string } }
  | { type: "file"; file: Record<string, unknown> }
  | { type: string; [key: string]: unknown };

/** A chat message as the OpenAI wire format sends it. */
export interface ChatMessage {
  role: "system" | "developer" | "user" | "assistant" | "tool" | string;
  content?: string | ContentPart[] | null;
  name?: string;
  tool_calls?: unknown[];
  tool_call_id?: string;
  [key: string]: unknown;
}

/** The `switchyard` extension field of a request. It is stripped before forwarding. */
export interface SwitchyardRequestOptions {
  /** Force a task type, skipping the task classifier. */
  task?: string;
  /** Force a tier, skipping task and difficulty. */
  tier?: string;
  /** 0..1: how much quality to buy. 0.5 reproduces the seed's thresholds. */
  quality?: number;
  /** Reject models whose worst-case cost for this request exceeds this. */
  max_cost_usd?: number;
  /** Prefer models whose expected latency fits under this. */
  max_latency_ms?: number;
  /** Capabilities the chosen model must have. */
  requires?: Capability[];
  /** Continue a broken stream on the next model with the partial answer as prefill. */
  resume?: boolean;
}

/** An OpenAI-compatible chat completion request, with OpenRouter extras passed through untouched. */
export interface ChatRequest {
  model?: string;
  messages: ChatMessage[];
  max_tokens?: number;
  max_completion_tokens?: number;
  stream?: boolean;
  tools?: unknown[];
  tool_choice?: unknown;
  response_format?: { type: string; json_schema?: unknown; [key: string]: unknown };
  models?: string[];
  provider?: Record<string, unknown>;
  switchyard?: SwitchyardRequestOptions;
  [key: string]: unknown;
}

/** Token usage as OpenRouter reports it. */
export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens?: number;
  /** USD actually charged, when OpenRouter reports it. */
  cost?: number;
  prompt_tokens_details?: { cached_tokens?: number; cache_write_tokens?: number; [key: string]: unknown };
  completion_tokens_details?: { reasoning_tokens?: number; [key: string]: unknown };
  [key: string]: unknown;
}

/** The label and confidence a classifier returns. */
export interface Classification<Label extends string = string> {
  label: Label;
  /** 0..1 */
  confidence: number;
}

/** Why a routing decision was made: what `route --json` prints and the gateway logs. */
export interface RoutingDecision {
  task: string;
  task_confidence: number;
  /** Estimated difficulty, as the tier the complexity classifier picked before the quality knob. */
  difficulty: string;
  /** Probability (0..1) that a strong model is needed, when the classifier gives one. */
  strong_probability?: number;
  tier: string;
  model: string;
  fallbacks: string[];
  max_tokens: number;
  estimated_cost_usd: number;
  prompt_tokens: number;
  reasons: string[];
  /** How the request named its route: auto, task, tier, cheapest or explicit. */
  mode: RoutingMode;
}

/** The ways a request names its route. */
export type RoutingMode = "auto" | "task" | "tier" | "cheapest" | "explicit";
