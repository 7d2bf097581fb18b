/**
 * What makes an upstream's answer malformed beyond its JSON: a message that is no object (`null`, a string), content
 * that is neither text, parts nor null (`42`), tool calls that are no list, and a tool call the client cannot
 * dispatch (its function's name is not a string). Chat Completions passed such answers through as sent (the OpenAI
 * SDK reads `choices[0].message.content` of `null`), the Messages door answered an empty text with `end_turn` (or
 * `tool_use` with no tool_use block), the Responses door an empty output. It is a malformed answer, in every door the
 * same: the attempt fails (the next model is tried), as for an answer that cannot be read.
 * @module
 */

/** What is wrong with a whole answer's message, or undefined when its shape can be read. */
export function malformedMessage(message: unknown): string | undefined {
  if (typeof message !== "object" || message === null || Array.isArray(message)) return `the answer's message is ${kindOf(message)}, not an object`;
  const { content, tool_calls: toolCalls } = message as { content?: unknown; tool_calls?: unknown };
  if (content !== undefined && content !== null && typeof content !== "string" && !Array.isArray(content)) return `the message's content is ${kindOf(content)}, not text`;
  if (toolCalls !== undefined && toolCalls !== null && !Array.isArray(toolCalls)) return `the message's tool_calls is ${kindOf(toolCalls)}, not a list`;
  return unnamedToolCall(message);
}

/**
 * A whole answer's tool call without a name (not a non-empty string), or undefined. A call of another type
 * (`custom`) without a `function` is not judged.
 */
export function unnamedToolCall(message: unknown): string | undefined {
  for (const call of toolCalls(message)) {
    const { type, function: fn } = call as { type?: unknown; function?: unknown };
    if (fn === undefined && type !== undefined && type !== "function") continue;
    const name = (fn as { name?: unknown } | null | undefined)?.name;
    if (typeof name !== "string" || name === "") return describe(name);
  }
  return undefined;
}

/**
 * A streamed delta's tool call whose name is there but no string, or undefined. A call's later deltas carry no name
 * (or `null`, as some servers write it): only its first names it, so an absent name is no fault here.
 */
export function misnamedToolDelta(delta: unknown): string | undefined {
  for (const call of toolCalls(delta)) {
    const name = ((call as { function?: unknown }).function as { name?: unknown } | null | undefined)?.name;
    if (name !== undefined && name !== null && typeof name !== "string") return describe(name);
  }
  return undefined;
}

/**
 * Reads a stream's tool-call deltas in order and says what is wrong with one: a name that is there but no string
 * ({@link misnamedToolDelta}), or a call whose first delta (the first at its `index`) names no tool. Only a call's
 * first delta names it, so that is where a missing or empty name is a fault; the doors otherwise started a tool_use
 * block or function_call item named "" (the whole answer so is malformed, as a streamed one now is). Deltas without
 * a usable `index` are not judged for a missing name.
 */
export class StreamedToolNames {
  readonly #named = new Set<number>();

  /** What is wrong with this delta's tool calls, or undefined. */
  check(delta: unknown): string | undefined {
    const misnamed = misnamedToolDelta(delta);
    if (misnamed) return misnamed;
    for (const call of toolCalls(delta)) {
      const index = (call as { index?: unknown }).index;
      if (!Number.isSafeInteger(index) || (index as number) < 0 || this.#named.has(index as number)) continue;
      const name = ((call as { function?: unknown }).function as { name?: unknown } | null | undefined)?.name;
      if (typeof name !== "string" || name === "") return `a streamed tool call's first delta (index ${index as number}) names no tool (its name is ${name === "" ? "empty" : kindOf(name)})`;
      this.#named.add(index as number);
    }
    return undefined;
  }
}

function toolCalls(message: unknown): object[] {
  const calls = (message as { tool_calls?: unknown } | null | undefined)?.tool_calls;
  return Array.isArray(calls) ? calls.filter((call): call is object => typeof call === "object" && call !== null) : [];
}

function describe(name: unknown): string {
  return `a tool call's name is ${name === "" ? "empty" : `${kindOf(name)}, not a string`}`;
}

function kindOf(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
