/**
 * A tool call the client cannot dispatch: its function's name is not a string. Chat Completions passed it through as
 * sent (`"name": 42`), the Messages and Responses doors dropped a whole answer's such call (the answer came out empty,
 * with `end_turn`) and streamed it with an empty name. It is a malformed answer, in every door the same: the attempt
 * fails (the next model is tried), as for an answer that cannot be read.
 * @module
 */

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

function toolCalls(message: unknown): object[] {
  const calls = (message as { tool_calls?: unknown } | null | undefined)?.tool_calls;
  return Array.isArray(calls) ? calls.filter((call): call is object => typeof call === "object" && call !== null) : [];
}

function describe(name: unknown): string {
  return `a tool call's name is ${name === undefined ? "missing" : name === "" ? "empty" : `a ${name === null ? "null" : Array.isArray(name) ? "list" : typeof name}, not a string`}`;
}
