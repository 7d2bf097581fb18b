/**
 * Why an answer stopped, in Anthropic's words: `stop_reason` and, when a custom stop sequence ended it,
 * `stop_sequence` naming it.
 *
 * What a Chat Completions answer lets the gateway know: OpenAI-style `finish_reason` says `stop` both for a natural
 * end and for a stop sequence, and the matched text is cut from the answer, so neither the finish reason nor the text
 * tells the two apart. OpenRouter also passes the provider's own reason as `native_finish_reason`, and some
 * providers do tell: Anthropic (directly, on Vertex or on Bedrock) and Cohere say `stop_sequence` (`STOP_SEQUENCE`).
 * So the door reports `stop_sequence` only when the provider said so and the request had stop sequences; it names
 * the sequence when the request had exactly one distinct sequence (`["END", "END"]` is one). With several distinct
 * sequences `stop_sequence` is null, never the first: OpenRouter passes neither the provider's `stop_sequence` nor
 * the matched text (it is cut from the answer), so which one matched is unknowable here. Every other `stop` is
 * `end_turn`, as the upstream itself reported it: guessing from the text would call natural ends stop sequences.
 * @module
 */

/** `stop_reason` and `stop_sequence` of a Message. */
export interface StopDetails {
  stop_reason: string;
  stop_sequence: string | null;
}

/** What the stop is read from. */
export interface StopFacts {
  /** The chat `finish_reason` (null: the upstream ended with `[DONE]` and no reason). */
  finishReason: string | null;
  /** OpenRouter's `native_finish_reason`, the provider's own word, when it sent one. */
  nativeFinishReason: unknown;
  hasToolCalls: boolean;
  /** The request's `stop_sequences`. */
  stopSequences: readonly string[] | undefined;
}

/** The stop reason and sequence for an answer. */
export function stopDetails(facts: StopFacts): StopDetails {
  const sequences = [...new Set(facts.stopSequences ?? [])];
  const native = typeof facts.nativeFinishReason === "string" ? facts.nativeFinishReason.toLowerCase() : "";
  if (facts.finishReason === "stop" && native === "stop_sequence" && sequences.length > 0 && !facts.hasToolCalls) {
    return { stop_reason: "stop_sequence", stop_sequence: sequences.length === 1 ? (sequences[0] ?? null) : null };
  }
  return { stop_reason: stopReason(facts.finishReason, facts.hasToolCalls), stop_sequence: null };
}

/**
 * OpenAI finish reason → Anthropic stop reason. A finished answer always has one: an upstream that ended without
 * a finish reason (a `[DONE]` alone) stopped after its tool calls or at the end of its turn.
 */
export function stopReason(finishReason: string | null, hasToolCalls: boolean): string {
  switch (finishReason) {
    case null:
      return hasToolCalls ? "tool_use" : "end_turn";
    case "length":
      return "max_tokens";
    case "tool_calls":
    case "function_call":
      // Without a tool_use block a client has nothing to run: Anthropic's stop_reason promises one.
      return hasToolCalls ? "tool_use" : "end_turn";
    case "content_filter":
      return "refusal";
    default:
      // `stop` with calls is how OpenAI ends a forced tool_choice's call (and some providers every call): the client
      // has a tool to run, and an agent loop reads `tool_use` as its cue (round 26).
      return hasToolCalls ? "tool_use" : "end_turn";
  }
}

/** The provider's `native_finish_reason` of a choice (a chat body's or a stream chunk's), if any. */
export function nativeFinishReasonOf(choice: unknown): unknown {
  return typeof choice === "object" && choice !== null ? (choice as { native_finish_reason?: unknown }).native_finish_reason : undefined;
}
