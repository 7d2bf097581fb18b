/**
 * OpenAI refuses a `function_call_output` whose `call_id` no earlier `function_call` made ("No tool call found for
 * function call output with call_id ..."), and so does this door: translated, it would become a chat `tool` message
 * answering no tool call, which most providers refuse and some answer anyway, reading the output as context nobody
 * asked for. The calls a request may answer are those of its stored conversation (`previous_response_id`) and the
 * `function_call` items before the output in `input`. The outputs of the API's own client-run tools
 * (`custom_tool_call_output`, `local_shell_call_output`, ...) answer their calls the same way (tool-history-items.ts),
 * and a `function_call_output` may answer one of those calls (Codex answers a `local_shell_call` so). Two
 * `function_call` items in `input` with one `call_id` are refused too (OpenAI: "Duplicate 'call_id'"): which call an output
 * answers would be a guess, and the call left over would read as answered.
 * @module
 */
import { InvalidRequestError } from "../../../core/errors/index.js";
import type { ChatMessage } from "../../../core/types.js";
import type { ResponsesRequest } from "./responses-request.js";
import { isToolHistoryCall, isToolHistoryOutput } from "./tool-history-items.js";

/** Throws a 400 naming the first `function_call_output` item that answers no call made before it, or a repeated call. */
export function assertCallOutputsAnswerCalls(input: ResponsesRequest["input"], history: readonly ChatMessage[]): void {
  if (typeof input === "string") return;
  const made = new Set(history.flatMap(callIds));
  // Within input only: a client that sends a stored call again beside previous_response_id (to answer it) is left as
  // it was, since whether OpenAI takes that without the item's `id` is not known here.
  const madeAt = new Map<string, number>();
  input.forEach((item, index) => {
    const { call_id: callId, id } = item as { call_id?: unknown; id?: unknown };
    if (item.type === "function_call") {
      const earlier = madeAt.get(item.call_id);
      if (earlier !== undefined) {
        throw new InvalidRequestError(`Duplicate call_id ${JSON.stringify(item.call_id.slice(0, 200))}: input[${index}] is a function_call with the call_id of input[${earlier}]; each call has its own call_id.`, { param: `input[${index}].call_id`, code: "invalid_request" });
      }
      madeAt.set(item.call_id, index);
      made.add(item.call_id);
    }
    // A local_shell_call_output may name its call by the call item's id.
    if (isToolHistoryCall(item)) for (const name of [callId, id]) if (typeof name === "string" && name !== "") made.add(name);
    if (item.type !== "function_call_output" && !isToolHistoryOutput(item)) return;
    const named = typeof callId === "string" && callId !== "" ? callId : typeof id === "string" ? id : "";
    if (made.has(named)) return;
    const param = `input[${index}].call_id`;
    const kind = item.type === "function_call_output" ? "function call output" : String(item.type).replaceAll("_", " ");
    throw new InvalidRequestError(
      `No tool call found for ${kind} with call_id ${JSON.stringify(named.slice(0, 200))}: ${param} must name a call made before it, in input or in the response previous_response_id names.`,
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
