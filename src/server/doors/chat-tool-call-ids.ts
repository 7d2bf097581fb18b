/**
 * The Chat Completions door's tool-call ids. Its answers are the upstream's bytes, ids included, but a client keys
 * each call on its id (it sends the tool's result back under it, and the OpenAI SDK's stream helpers and the Vercel
 * AI SDK gather a streamed call's pieces by it): two calls of one answer under one id, or a call with none, lost a
 * call's result or joined two calls into one. Every call of an answer gets an id of its own, as the Messages and
 * Responses doors give them (tool-call-ids.ts): the upstream's when it is new, else one minted from the decision id.
 * @module
 */
import { ToolCallIds } from "./tool-call-ids.js";

/** Gives every tool call of each message (one per choice) an id of its own, in place; true when one changed. */
export function ownCallIds(messages: readonly unknown[], decisionId: string): boolean {
  let changed = false;
  for (const message of messages) {
    const calls = (message as { tool_calls?: unknown } | null | undefined)?.tool_calls;
    if (!Array.isArray(calls)) continue;
    const ids = new ToolCallIds("call_", decisionId);
    for (const call of calls as unknown[]) {
      if (typeof call !== "object" || call === null) continue;
      const record = call as { id?: unknown };
      const id = ids.next(record.id);
      if (id !== record.id) {
        record.id = id;
        changed = true;
      }
    }
  }
  return changed;
}

/**
 * The same for a stream, one delta at a time. A call's first delta (by `index`) names its id; a later delta of the
 * call that repeats an id gets the call's. Deltas without `index` are told apart only by their ids: left as sent.
 */
export class StreamedCallIds {
  readonly #decisionId: string;
  /** Per choice: the ids handed out, and each call's id by its `index`. */
  readonly #choices = new Map<number, { ids: ToolCallIds; byIndex: Map<number, string> }>();

  constructor(decisionId: string) {
    this.#decisionId = decisionId;
  }

  /** Sets the ids of one choice's delta tool calls in place; true when one changed. */
  own(choiceIndex: number, calls: unknown): boolean {
    if (!Array.isArray(calls)) return false;
    let changed = false;
    for (const call of calls as unknown[]) {
      if (typeof call !== "object" || call === null) continue;
      const record = call as { index?: unknown; id?: unknown };
      if (!Number.isSafeInteger(record.index) || (record.index as number) < 0) continue;
      const id = this.#idOf(choiceIndex, record.index as number, record.id);
      if (id !== undefined && id !== record.id) {
        record.id = id;
        changed = true;
      }
    }
    return changed;
  }

  /** True when the choice has called a tool so far in the stream. */
  called(choiceIndex: number): boolean {
    return this.#choices.has(choiceIndex);
  }

  /** The call's id: handed out on its first delta; undefined for a later delta that names none (left so). */
  #idOf(choiceIndex: number, index: number, upstreamId: unknown): string | undefined {
    let choice = this.#choices.get(choiceIndex);
    if (!choice) {
      choice = { ids: new ToolCallIds("call_", this.#decisionId), byIndex: new Map() };
      this.#choices.set(choiceIndex, choice);
    }
    const known = choice.byIndex.get(index);
    if (known !== undefined) return upstreamId === undefined ? undefined : known;
    const id = choice.ids.next(upstreamId);
    choice.byIndex.set(index, id);
    return id;
  }
}
