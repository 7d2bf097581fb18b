/**
 * Validates a chat completion request body the way OpenRouter rejects bad ones (400 with a message).
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { SimulatorRequest } from "./plan-answer.js";

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
  return {
    ok: true,
    request: {
      model,
      messages: messages as ChatMessage[],
      stream: body["stream"] === true,
      maxTokens: typeof maxTokens === "number" ? Math.floor(maxTokens) : undefined,
      tools: Array.isArray(tools) ? tools : [],
      responseFormat: isRecord(responseFormat) ? responseFormat : undefined,
    },
  };
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
