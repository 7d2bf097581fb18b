/**
 * Validates a chat completion request body the way OpenRouter rejects bad ones (400 with a message).
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { readWebSearchAsk } from "../../catalog/web-search-ask.js";
import type { SimulatorRequest } from "./plan-answer.js";
import { turnsReasoningOff } from "./mandatory-reasoning.js";

/** The parsed request, or the 400 message OpenRouter would answer with. */
export type ParsedSimulatorRequest = { ok: true; request: SimulatorRequest } | { ok: false; message: string };

/** Parses the JSON text of a `POST /chat/completions` body. */
export function parseSimulatorRequest(text: string): ParsedSimulatorRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, message: "Invalid JSON in request body." };
  }
  if (!isRecord(body)) return { ok: false, message: "Request body must be a JSON object." };
  const messages = body["messages"];
  if (!Array.isArray(messages) || messages.length === 0) {
    return { ok: false, message: "Input required: specify \"messages\" as a non-empty array." };
  }
  const badIndex = messages.findIndex((message) => !isRecord(message) || typeof message["role"] !== "string");
  if (badIndex >= 0) return { ok: false, message: `messages[${badIndex}] must be an object with a string "role".` };
  const model = modelOf(body);
  if (model === undefined) return { ok: false, message: "No model specified: set \"model\" or \"models\"." };
  const maxTokens = body["max_tokens"] ?? body["max_completion_tokens"];
  if (maxTokens !== undefined && maxTokens !== null && (typeof maxTokens !== "number" || !(maxTokens >= 1))) {
    return { ok: false, message: "\"max_tokens\" must be a positive integer." };
  }
  const tools = body["tools"];
  const responseFormat = body["response_format"];
  const toolChoice = readToolChoice(body["tool_choice"], Array.isArray(tools) ? tools : []);
  if (typeof toolChoice === "object" && "error" in toolChoice) return { ok: false, message: toolChoice.error };
  const stop = readStop(body["stop"]);
  if (!Array.isArray(stop)) return { ok: false, message: stop.error };
  const topLogprobs = body["top_logprobs"] ?? 0;
  if (typeof topLogprobs !== "number" || !Number.isInteger(topLogprobs) || topLogprobs < 0 || topLogprobs > 20) {
    return { ok: false, message: "\"top_logprobs\" must be an integer from 0 to 20." };
  }
  return {
    ok: true,
    request: {
      model,
      messages: messages as ChatMessage[],
      stream: body["stream"] === true,
      maxTokens: typeof maxTokens === "number" ? Math.floor(maxTokens) : undefined,
      tools: Array.isArray(tools) ? tools : [],
      toolChoice,
      responseFormat: isRecord(responseFormat) ? responseFormat : undefined,
      stop,
      logprobs: body["logprobs"] === true ? { topLogprobs } : null,
      webSearchResults: readWebSearchAsk(body).results,
      // OpenRouter's shorthand `reasoning_effort` is `reasoning.effort` ("equivalent to setting reasoning.effort").
      reasoningOff: turnsReasoningOff(body["reasoning"]) || body["reasoning_effort"] === "none",
    },
  };
}

/**
 * `tool_choice` as OpenAI defines it: "auto" (the default), "none", "required", or `{type: "function", function:
 * {name}}` naming one of `tools`. Anything else, or a name no tool has, is a 400 as upstream answers it.
 */
function readToolChoice(value: unknown, tools: unknown[]): SimulatorRequest["toolChoice"] | { error: string } {
  if (value === undefined || value === null || value === "auto") return "auto";
  if (value === "none" || value === "required") return value;
  const name = isRecord(value) && value["type"] === "function" && isRecord(value["function"]) ? value["function"]["name"] : undefined;
  if (typeof name !== "string") return { error: "\"tool_choice\" must be \"auto\", \"none\", \"required\" or {\"type\": \"function\", \"function\": {\"name\": ...}}." };
  const known = tools.some((tool) => isRecord(tool) && isRecord(tool["function"]) && tool["function"]["name"] === name);
  if (!known) return { error: `"tool_choice" names the function "${name}", which is not in "tools".` };
  return { name };
}

/** `stop`: a string or a list of strings, as OpenAI defines it; anything else is a 400. */
function readStop(value: unknown): string[] | { error: string } {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value as string[];
  return { error: "\"stop\" must be a string or an array of strings." };
}

function modelOf(body: Record<string, unknown>): string | undefined {
  const model = body["model"];
  if (typeof model === "string" && model !== "") return model;
  const models = body["models"];
  if (Array.isArray(models) && typeof models[0] === "string" && models[0] !== "") return models[0];
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
