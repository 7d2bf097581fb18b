/**
 * OpenAI refuses a `function_call_output` whose `call_id` no earlier `function_call` made ("No tool call found for
 * function call output with call_id ..."), and so does this door: translated, it would become a chat `tool` message
 * answering no tool call, which most providers refuse and some answer anyway, reading the output as context nobody
 * asked for. The calls a request may answer are those of its stored conversation (`previous_response_id`) and the
 * `function_call` items before the output in `input`. The outputs of the API's own client-run tools
 * (`custom_tool_call_output`, `local_shell_call_output`, ...) answer their calls the same way (tool-history-items.ts),
 * and a `function_call_output` may answer one of those calls (Codex answers a `local_shell_call` so).
 * Each call id is one call's, answered once (OpenAI: "Duplicate 'call_id'"), so these are refused too: two call items
 * in `input` with one id; a call item in `input` whose id is a call of the stored conversation (sent again beside
 * `previous_response_id`, it reached the model twice, and the stored call read as answered by the copy's output); and
 * a second output for a call answered in `input` or in the stored conversation. Which call an output answers, or which
 * of two outputs the model should read, would be a guess.
 * And a call is answered before the conversation goes on (OpenAI: "No tool output found for function call ..."): a
 * user, system or developer message after a call no output answered yet, in `input` or left open at the end of the
 * stored conversation, is a 400. Translated, it was an assistant tool call followed by no tool message, which OpenAI
 * and Anthropic refuse after routing. Calls that end `input` are left, as the chat door leaves a conversation ending
 * in a call.
 * @module
 */
import { InvalidRequestError } from "../../../core/errors/index.js";
import type { ChatMessage } from "../../../core/types.js";
import type { ResponsesRequest } from "./responses-request.js";
import { isSelfAnsweredCall, isToolHistoryCall, isToolHistoryOutput } from "./tool-history-items.js";

/** What the check knows so far: the calls made and answered, where in `input` (-1: in the stored conversation). */
interface CallLedger {
  made: Map<string, number>;
  answered: Map<string, number>;
  /** A call item's `id` to its `call_id` (a `local_shell_call_output` may name its call by the item's `id`). */
  itemIds: Map<string, string>;
  /** Made calls no output has answered yet, kept as they change (10,000 items must not be read again per message). */
  pending: Set<string>;
}

/** Throws a 400 naming the first item that answers no call made before it, repeats a call, or answers one again. */
export function assertCallOutputsAnswerCalls(input: ResponsesRequest["input"], history: readonly ChatMessage[]): void {
  const made = new Map(history.flatMap(callIds).map((id): [string, number] => [id, -1]));
  const answered = new Map(history.flatMap(answeredIds).map((id): [string, number] => [id, -1]));
  const ledger: CallLedger = { made, answered, itemIds: new Map(), pending: new Set([...made.keys()].filter((id) => !answered.has(id))) };
  // A string input is one user message.
  if (typeof input === "string") return assertNoCallPending(ledger, undefined);
  input.forEach((item, index) => {
    if (item.type === "function_call" || isToolHistoryCall(item)) recordCall(ledger, item, index);
    if (item.type === "function_call_output" || isToolHistoryOutput(item)) recordOutput(ledger, item, index);
    // An assistant message may sit among the calls of its own response (its text beside them); any other goes on.
    if ((item.type === "message" || item.type === undefined) && "role" in item && item.role !== "assistant") assertNoCallPending(ledger, index);
  });
}

function assertNoCallPending(ledger: CallLedger, index: number | undefined): void {
  if (ledger.pending.size === 0) return;
  const pending = [...ledger.pending];
  const first = pending[0];
  if (first === undefined) return;
  const param = index === undefined ? "input" : `input[${index}]`;
  const where = (ledger.made.get(first) ?? -1) < 0 ? "the response previous_response_id names" : `input[${ledger.made.get(first) ?? -1}]`;
  throw new InvalidRequestError(
    `No tool output found for function call ${quoted(first)} (made in ${where}): answer ${pending.length === 1 ? "it" : `each call (${pending.slice(0, 8).map(quoted).join(", ")})`} with a function_call_output before ${param}, the message that goes on with the conversation.`,
    { param, code: "invalid_request" },
  );
}

function recordCall(ledger: CallLedger, item: { type?: unknown; call_id?: unknown; id?: unknown }, index: number): void {
  const callId = nonEmpty(item.call_id) ?? nonEmpty(item.id);
  if (callId === undefined) return;
  const itemId = nonEmpty(item.id);
  if (itemId !== undefined) ledger.itemIds.set(itemId, callId);
  // A hosted call holds its own result: answered where it stands.
  if (isSelfAnsweredCall(item)) ledger.answered.set(callId, index);
  else ledger.pending.add(callId);
  const earlier = ledger.made.get(callId);
  if (earlier !== undefined) {
    const where = earlier < 0 ? "already in the response previous_response_id names (leave the stored call out of input: the conversation holds it)" : `with the call_id of input[${earlier}]`;
    throw new InvalidRequestError(`Duplicate call_id ${quoted(callId)}: input[${index}] is a ${String(item.type)} ${where}; each call has its own call_id.`, { param: `input[${index}].call_id`, code: "invalid_request" });
  }
  ledger.made.set(callId, index);
}

function recordOutput(ledger: CallLedger, item: { type?: unknown; call_id?: unknown; id?: unknown }, index: number): void {
  const named = nonEmpty(item.call_id) ?? nonEmpty(item.id) ?? "";
  const callId = ledger.made.has(named) ? named : ledger.itemIds.get(named);
  const param = `input[${index}].call_id`;
  if (callId === undefined) {
    const kind = item.type === "function_call_output" ? "function call output" : String(item.type).replaceAll("_", " ");
    throw new InvalidRequestError(
      `No tool call found for ${kind} with call_id ${quoted(named)}: ${param} must name a call made before it, in input or in the response previous_response_id names.`,
      { param, code: "invalid_request" },
    );
  }
  const earlier = ledger.answered.get(callId);
  if (earlier !== undefined) {
    const where = earlier < 0 ? "already answered in the response previous_response_id names" : `answers the call input[${earlier}] answered`;
    throw new InvalidRequestError(`Duplicate output for call_id ${quoted(callId)}: input[${index}] ${where}; each call gets one output.`, { param, code: "invalid_request" });
  }
  ledger.answered.set(callId, index);
  ledger.pending.delete(callId);
}

function callIds(message: ChatMessage): string[] {
  if (message.role !== "assistant" || !Array.isArray(message.tool_calls)) return [];
  return message.tool_calls.flatMap((call) => {
    const id = typeof call === "object" && call !== null ? (call as { id?: unknown }).id : undefined;
    return typeof id === "string" ? [id] : [];
  });
}

function answeredIds(message: ChatMessage): string[] {
  return message.role === "tool" && typeof message.tool_call_id === "string" ? [message.tool_call_id] : [];
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function quoted(id: string): string {
  return JSON.stringify(id.slice(0, 200));
}
