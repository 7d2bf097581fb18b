/**
 * OpenAI refuses a `function_call_output` whose `call_id` no earlier `function_call` made ("No tool call found for
 * function call output with call_id ..."), and so does this door: translated, it would become a chat `tool` message
 * answering no tool call, which most providers refuse and some answer anyway, reading the output as context nobody
 * asked for. The calls a request may answer are those of its stored conversation (`previous_response_id`) and the
 * `function_call` items before the output in `input`.
 * @module
 */
import { InvalidRequestError } from "../../../core/errors/index.js";
import type { ChatMessage } from "../../../core/types.js";
import type { ResponsesRequest } from "./responses-request.js";

/** Throws a 400 naming the first `function_call_output` item that answers no call made before it. */
export function assertCallOutputsAnswerCalls(input: ResponsesRequest["input"], history: readonly ChatMessage[]): void {
  if (typeof input === "string") return;
  const made = new Set(history.flatMap(callIds));
  input.forEach((item, index) => {
    if (item.type === "function_call") made.add(item.call_id);
    if (item.type !== "function_call_output" || made.has(item.call_id)) return;
    const param = `input[${index}].call_id`;
    throw new InvalidRequestError(
      `No tool call found for function call output with call_id ${JSON.stringify(item.call_id.slice(0, 200))}: ${param} must name a function_call made before it, in input or in the response previous_response_id names.`,
      { param, code: "invalid_request" },
    );
  });
}

function callIds(message: ChatMessage): string[] {
  if (message.role !== "assistant" || !Array.isArray(message.tool_calls)) return [];
  return message.tool_calls.flatMap((call) => {
    const id = typeof call === "object" && call !== null ? (call as { id?: unknown }).id : undefined;
    return typeof id === "string" ? [id] : [];
  });
}
