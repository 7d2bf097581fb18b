/**
 * The Chat Completions door's `finish_reason`. It relays the upstream's answer, and relayed a reason that is no string
 * (`42`, an object, `true`) as sent: Chat Completions says a string (null while a stream goes on), and a client could
 * not tell how the answer ended (typed clients fail on it). The Messages and Responses doors read such a reason as
 * the end of the turn, or of its tool calls (`stopReason`, `finalStatus`); this door now says the same in its own
 * words: `tool_calls` when the choice called a tool, else `stop`. A string is the upstream's word and is relayed.
 * @module
 */

/** A piece of a stream that may carry a reason to rewrite: one that is neither `null` nor a string. */
export const MAY_HOLD_ODD_FINISH = /"finish_reason"\s*:\s*[^\sn"]/;

/** What a reason that is no string reads as. */
function readAs(hasCalls: boolean): "tool_calls" | "stop" {
  return hasCalls ? "tool_calls" : "stop";
}

/** True when `reason` is present and neither null nor a string. */
function isOdd(reason: unknown): boolean {
  return reason !== undefined && reason !== null && typeof reason !== "string";
}

/** Rewrites a whole answer's odd reasons in place (per choice, from its message's tool calls); true when one was. */
export function ownFinishReasons(choices: readonly unknown[]): boolean {
  let changed = false;
  for (const choice of choices) {
    if (typeof choice !== "object" || choice === null) continue;
    const record = choice as { finish_reason?: unknown; message?: { tool_calls?: unknown } | null };
    if (!isOdd(record.finish_reason)) continue;
    const calls = record.message?.tool_calls;
    record.finish_reason = readAs(Array.isArray(calls) && calls.length > 0);
    changed = true;
  }
  return changed;
}

/** Rewrites one stream chunk's odd reasons in place; `hasCalls(choiceIndex)` says whether the choice called a tool. */
export function ownStreamFinishReasons(choices: readonly unknown[], hasCalls: (choiceIndex: number) => boolean): boolean {
  let changed = false;
  for (const choice of choices) {
    if (typeof choice !== "object" || choice === null) continue;
    const record = choice as { index?: unknown; finish_reason?: unknown; delta?: { tool_calls?: unknown } | null };
    if (!isOdd(record.finish_reason)) continue;
    const index = Number.isSafeInteger(record.index) ? (record.index as number) : 0;
    const calls = record.delta?.tool_calls;
    record.finish_reason = readAs(hasCalls(index) || (Array.isArray(calls) && calls.length > 0));
    changed = true;
  }
  return changed;
}
