/**
 * A chat request's tool turns as OpenAI's API holds them: each `tool` message answers a call of the assistant
 * message before it, and each call is answered. A `tool` message without `tool_call_id` is a 400 (`Missing required
 * parameter: 'messages[2].tool_call_id'.`), and so is one whose id no call of the previous assistant message carries,
 * or one with no assistant `tool_calls` message before it. Forwarded, such a message reached the upstream after
 * routing and a reservation, and came back a 400 from OpenAI or Anthropic, or was read by a laxer provider as an
 * orphan result the model had never asked for.
 * Ids are one call's each, as the Messages and Responses doors hold them (assert-tool-turns.ts,
 * assert-call-outputs.ts): two calls of one assistant message under one id, or two tool messages answering one call,
 * are a 400 too (which call a result answers would be a guess, and the other call would read as answered). An id an
 * earlier turn used again is left: a tool message answers the message just before it, so it is not ambiguous, and
 * providers that number their calls per answer (`call_0`) repeat ids across turns.
 * A call is whole (an `id`, and a `function` with its `name` and its `arguments` as JSON text), and an assistant
 * message's calls are all answered before the conversation goes on (OpenAI: "An assistant message with 'tool_calls'
 * must be followed by tool messages responding to each 'tool_call_id'"; Anthropic, and the Messages door, the same).
 * An assistant message that ends the conversation is not held to the second rule.
 * @module
 */
import { escapeSentText } from "../../core/quote-sent-text.js";
import { InvalidRequestError } from "../../core/errors/index.js";
import { callArgumentsProblem } from "./history-call.js";
import { toolNameProblem } from "./tool-name.js";

/** A message as far as this check reads it (the shape is already checked). */
interface ToolTurnMessage {
  role?: unknown;
  tool_call_id?: unknown;
  tool_calls?: unknown;
  function_call?: unknown;
}

/** The calls of the last assistant message, where it sits, and which tool messages answered them so far. */
interface OpenCalls {
  messageIndex: number;
  calls: ReadonlySet<string>;
  answered: Map<string, number>;
}

/** Throws a 400 naming the first tool message or call that breaks one of the rules. */
export function assertToolReplies(messages: readonly unknown[]): void {
  let open: OpenCalls | undefined;
  messages.forEach((entry, index) => {
    const message = entry as ToolTurnMessage;
    if (message.role === "tool") {
      answer(open, message.tool_call_id, index);
      return;
    }
    if (open) assertAllAnswered(open);
    if (message.role === "assistant") assertLegacyCall(message.function_call, `messages[${index}].function_call`);
    open = message.role === "assistant" ? { messageIndex: index, calls: callIds(message.tool_calls, index), answered: new Map() } : undefined;
  });
  // Tool messages that end the conversation answer all their message's calls; an assistant message ending it is a prefill.
  if (open && open.answered.size > 0) assertAllAnswered(open);
}

function answer(open: OpenCalls | undefined, id: unknown, index: number): void {
  if (typeof id !== "string" || id === "") {
    throw new InvalidRequestError(`Missing required parameter: 'messages[${index}].tool_call_id' (a tool message names the tool call it answers).`, {
      param: `messages[${index}].tool_call_id`,
      code: "missing_required_parameter",
    });
  }
  const param = `messages[${index}].tool_call_id`;
  if (open === undefined || open.calls.size === 0) {
    throw new InvalidRequestError(`Invalid parameter: messages with role 'tool' must be a response to a preceding message with 'tool_calls' (messages[${index}] follows none).`, {
      param: `messages[${index}].role`,
      code: "invalid_request",
    });
  }
  if (!open.calls.has(id)) {
    throw new InvalidRequestError(`Invalid parameter: 'tool_call_id' of '${shown(id)}' not found in 'tool_calls' of previous message (messages[${index}]; the calls there are ${listed(open.calls)}).`, { param, code: "invalid_request" });
  }
  const earlier = open.answered.get(id);
  if (earlier !== undefined) {
    throw new InvalidRequestError(`Invalid parameter: messages[${index}] answers tool call '${shown(id)}' again (messages[${earlier}] answered it); each tool call gets one tool message.`, { param, code: "invalid_request" });
  }
  open.answered.set(id, index);
}

/** A 400 naming the calls of an assistant message the tool messages after it left unanswered. */
function assertAllAnswered(open: OpenCalls): void {
  const unanswered = [...open.calls].filter((id) => !open.answered.has(id));
  if (unanswered.length === 0) return;
  const param = `messages[${open.messageIndex}].tool_calls`;
  throw new InvalidRequestError(
    `Invalid parameter: an assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids of messages[${open.messageIndex}] did not have response messages: ${listed(new Set(unanswered))}.`,
    { param, code: "invalid_request" },
  );
}

/** The ids of an assistant message's tool calls; a 400 naming a call that is not whole, or repeats an id. */
function callIds(toolCalls: unknown, messageIndex: number): ReadonlySet<string> {
  const ids = new Map<string, number>();
  if (!Array.isArray(toolCalls)) return new Set();
  toolCalls.forEach((call: unknown, callIndex) => {
    const at = `messages[${messageIndex}].tool_calls[${callIndex}]`;
    const id = assertWholeCall(call as Record<string, unknown>, at);
    const earlier = ids.get(id);
    if (earlier !== undefined) {
      throw new InvalidRequestError(`Invalid parameter: ${at} has the id '${shown(id)}' of tool_calls[${earlier}]; each tool call has an id of its own (a tool message answering it could answer either).`, {
        param: `${at}.id`,
        code: "invalid_request",
      });
    }
    ids.set(id, callIndex);
  });
  return new Set(ids.keys());
}

/**
 * A call's id, once the call is whole: an id, and (for a function call) the function's name and its arguments as
 * JSON text. A call without them was forwarded, and refused by the upstream after routing.
 */
function assertWholeCall(call: Record<string, unknown>, at: string): string {
  const missing = (field: string, why: string): never => {
    throw new InvalidRequestError(`Missing required parameter: '${at}.${field}' (${why}).`, { param: `${at}.${field}`, code: "missing_required_parameter" });
  };
  const id = call.id;
  if (typeof id !== "string" || id === "") missing("id", "the id its tool message answers, a string");
  // OpenAI's custom tools' calls carry `custom` instead of `function`: left to the upstream.
  if (call.type === "custom") return id as string;
  const fn = call.function;
  if (typeof fn !== "object" || fn === null || Array.isArray(fn)) return missing("function", "the function called, with its name and arguments");
  const { name, arguments: args } = fn as { name?: unknown; arguments?: unknown };
  if (typeof name !== "string" || name === "") missing("function.name", "the name of the function called");
  if (typeof args !== "string") {
    throw new InvalidRequestError(`Invalid type for '${at}.function.arguments': expected a string (the arguments as JSON text, e.g. JSON.stringify of the object), but got ${args === undefined ? "nothing" : Array.isArray(args) ? "an array" : args === null ? "null" : `a${typeof args === "object" ? "n" : ""} ${typeof args}`} instead.`, {
      param: `${at}.function.arguments`,
      code: "invalid_request",
    });
  }
  assertCallText(at, name as string, args);
  return id as string;
}

/** A legacy `function_call` of an assistant message (OpenAI's API before `tool_calls`), held to the same rules. */
function assertLegacyCall(call: unknown, at: string): void {
  if (typeof call !== "object" || call === null) return;
  const { name, arguments: args } = call as { name?: unknown; arguments?: unknown };
  assertCallText(at, typeof name === "string" ? name : "", typeof args === "string" ? args : "", "");
}

/** A 400 naming a history call whose name breaks the tool-name pattern or whose arguments are no JSON object text. */
function assertCallText(at: string, name: string, args: string, fn = "function."): void {
  const problem = toolNameProblem(name);
  if (problem !== undefined) throw new InvalidRequestError(`Invalid '${at}.${fn}name': ${problem}.`, { param: `${at}.${fn}name`, code: "invalid_request" });
  const argsProblem = callArgumentsProblem(args);
  if (argsProblem !== undefined) throw new InvalidRequestError(`Invalid '${at}.${fn}arguments': ${argsProblem}.`, { param: `${at}.${fn}arguments`, code: "invalid_request" });
}

/** Ids as an error lists them: quoted, at most eight, each cut at 64 characters. */
function listed(ids: ReadonlySet<string>): string {
  return [...ids].slice(0, 8).map((id) => `'${shown(id)}'`).join(", ");
}

/** An id as quoted in an error: cut at 64 characters. */
/** A caller's id as the messages quote it: escaped and cut whole (quote-sent-text.ts). */
function shown(id: string): string {
  return escapeSentText(id, 64);
}
