/**
 * Keeps each tool call of a streamed answer in one piece for the doors that re-express the chat stream as
 * content blocks or output items (Messages, Responses). Those formats give every block its own start and stop,
 * while a chat stream may interleave its tool calls (`index` 0, 1, 0, ...), or send text after a call began.
 * The first tool call streams live; once it is open, every later piece of the answer (other calls, text,
 * reasoning) is held and written whole after it, in the order first seen. A call therefore never has to be
 * reopened, whatever order the upstream chose, and the common single-call answer streams exactly as it comes.
 * @module
 */
import type { ToolCallDelta } from "./chat-sse-events.js";

/** A piece of the answer held back until the live tool call has ended, whole. */
export type HeldPiece = { kind: "reasoning" | "text" | "refusal"; text: string } | { kind: "tool"; call: ToolCallDelta };

/** Decides, per delta, whether it can be written now or must wait for the end of the stream. */
export class AnswerOrder {
  #liveTool: number | undefined;
  readonly #held = new Map<string, HeldPiece>();

  /** True when this reasoning, text or refusal delta must wait (a tool call is open); it is then kept. */
  holdsText(kind: "reasoning" | "text" | "refusal", text: string): boolean {
    if (this.#liveTool === undefined) return false;
    const piece = this.#held.get(kind);
    if (piece?.kind === kind) piece.text += text;
    else this.#held.set(kind, { kind, text });
    return true;
  }

  /** True when this tool-call delta must wait (another call is open); it is then merged into its call. */
  holdsTool(delta: ToolCallDelta): boolean {
    if (this.#liveTool === undefined) this.#liveTool = delta.toolIndex;
    if (this.#liveTool === delta.toolIndex) return false;
    const key = `tool:${delta.toolIndex}`;
    const piece = this.#held.get(key);
    if (piece?.kind !== "tool") {
      this.#held.set(key, { kind: "tool", call: { ...delta } });
      return true;
    }
    const call = piece.call;
    // The id and name come with a call's first delta (as the live call reads them); later ones add arguments.
    call.id ??= delta.id;
    call.name ??= delta.name;
    call.arguments += delta.arguments;
    return true;
  }

  /** Everything held, each piece whole, in the order first seen (empties the store). */
  release(): HeldPiece[] {
    const pieces = [...this.#held.values()];
    this.#held.clear();
    return pieces;
  }
}
