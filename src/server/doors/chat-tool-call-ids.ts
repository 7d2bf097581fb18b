/**
 * The Chat Completions door's tool-call ids. Its answers are the upstream's bytes, ids included, but a client keys
 * each call on its id (it sends the tool's result back under it, and the OpenAI SDK's stream helpers and the Vercel
 * AI SDK gather a streamed call's pieces by it): two calls of one answer under one id, or a call with none, lost a
 * call's result or joined two calls into one. Every call of an answer gets an id of its own, as the Messages and
 * Responses doors give them (tool-call-ids.ts): the upstream's when it is new, else one minted from the decision id.
 * @module
 */
import { chatCallId } from "./door-tool-call-id.js";
import { ToolCallIds } from "./tool-call-ids.js";

/** Gives every tool call of each message (one per choice) an id of its own, in place; true when one changed. */
export function ownCallIds(messages: readonly unknown[], decisionId: string): boolean {
  let changed = false;
  for (const message of messages) {
    const calls = (message as { tool_calls?: unknown } | null | undefined)?.tool_calls;
    if (!Array.isArray(calls)) continue;
    const ids = new ToolCallIds("call_", decisionId, chatCallId);
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
 * The most a streamed index (of a choice or a tool call) may be as sent: an answer holds one choice and a handful of
 * calls. Clients index arrays with it (the OpenAI SDK's stream helper does `tool_calls[index] ??= {}`), so a string
 * such as `__proto__` wrote the call's fields onto Array.prototype in the client, and 1e9 grew a billion-slot array.
 */
export const MAX_STREAM_INDEX = 999;

/** True for an index a client can use as an array slot: a whole number from 0 to {@link MAX_STREAM_INDEX}. */
export function isUsableIndex(index: unknown): index is number {
  return Number.isSafeInteger(index) && (index as number) >= 0 && (index as number) <= MAX_STREAM_INDEX;
}

/**
 * The same for a stream, one delta at a time. A call's first delta (by `index`) names its id; a later delta of the
 * call that repeats an id gets the call's. Deltas without `index` are told apart only by their ids: left as sent
 * (one that reads as encoded, encoded as the other ids are, so it reaches the upstream as itself when sent back). An
 * index no client can use as a slot (see {@link MAX_STREAM_INDEX}) is sent as the next free one, the same for every
 * delta that repeats it, so the call's pieces still join.
 */
export class StreamedCallIds {
  readonly #decisionId: string;
  /** Per choice: the ids handed out, each call's id by its `index`, the index each unusable one is sent as, and the highest sent. */
  readonly #choices = new Map<number, { ids: ToolCallIds; byIndex: Map<number, string>; replaced: Map<string, number>; highest: number }>();

  constructor(decisionId: string) {
    this.#decisionId = decisionId;
  }

  /** Sets the ids (and unusable indexes) of one choice's delta tool calls in place; true when one changed. */
  own(choiceIndex: number, calls: unknown): boolean {
    if (!Array.isArray(calls)) return false;
    let changed = false;
    for (const call of calls as unknown[]) {
      if (typeof call !== "object" || call === null) continue;
      const record = call as { index?: unknown; id?: unknown };
      if (!Object.hasOwn(call, "index")) {
        // Told apart by its id alone: kept, as every door reads it back (an id that reads as encoded, encoded).
        const shown = typeof record.id === "string" ? chatCallId(record.id) : record.id;
        if (shown !== record.id) {
          record.id = shown;
          changed = true;
        }
        continue;
      }
      const index = this.#indexOf(choiceIndex, record.index);
      if (index !== record.index) {
        record.index = index;
        changed = true;
      }
      const id = this.#idOf(choiceIndex, index, record.id);
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

  #choice(choiceIndex: number): { ids: ToolCallIds; byIndex: Map<number, string>; replaced: Map<string, number>; highest: number } {
    let choice = this.#choices.get(choiceIndex);
    if (!choice) {
      choice = { ids: new ToolCallIds("call_", this.#decisionId, chatCallId), byIndex: new Map(), replaced: new Map(), highest: -1 };
      this.#choices.set(choiceIndex, choice);
    }
    return choice;
  }

  /** The index the call is sent under: the upstream's when usable, else the one its unusable value was given. */
  #indexOf(choiceIndex: number, index: unknown): number {
    const choice = this.#choice(choiceIndex);
    if (isUsableIndex(index)) {
      choice.highest = Math.max(choice.highest, index);
      return index;
    }
    const key = JSON.stringify(index) ?? "undefined";
    const given = choice.replaced.get(key) ?? Math.min(choice.highest + 1, MAX_STREAM_INDEX);
    choice.replaced.set(key, given);
    choice.highest = Math.max(choice.highest, given);
    return given;
  }

  /** The call's id: handed out on its first delta; undefined for a later delta that names none (left so). */
  #idOf(choiceIndex: number, index: number, upstreamId: unknown): string | undefined {
    const choice = this.#choice(choiceIndex);
    const known = choice.byIndex.get(index);
    if (known !== undefined) return upstreamId === undefined ? undefined : known;
    const id = choice.ids.next(upstreamId);
    choice.byIndex.set(index, id);
    return id;
  }
}
