/**
 * Reads the chat SSE text the engine streams (what `/v1/chat/completions` sends) back into events, so a door
 * can re-express it in its own format: content chunks, keep-alive comments, and the gateway's own error chunk.
 * @module
 */
import { argumentsText } from "../../core/content-text.js";
import { parseChunk, type StreamChunk } from "../../routing/fallback/stream-chunk.js";

/** One event of the chat stream. */
export type ChatStreamEvent =
  | { kind: "chunk"; chunk: StreamChunk }
  | { kind: "comment" }
  | { kind: "done" }
  | { kind: "error"; message: string; type: string; code: string | null };

/** The events in `chunks` (each piece holds whole events, as the engine writes them). */
export async function* chatStreamEvents(chunks: AsyncGenerator<string>): AsyncGenerator<ChatStreamEvent> {
  for await (const piece of chunks) {
    for (const raw of piece.split("\n\n")) {
      if (raw.trim() === "") continue;
      const data = dataOf(raw);
      if (data === undefined) {
        yield { kind: "comment" };
        continue;
      }
      if (data === "[DONE]") {
        yield { kind: "done" };
        continue;
      }
      const chunk = parseChunk(data);
      if (!chunk) continue;
      const error = chunk.error as { message?: unknown; type?: unknown; code?: unknown } | undefined;
      if (error && typeof error === "object") {
        yield { kind: "error", message: String(error.message ?? "The stream failed."), type: typeof error.type === "string" ? error.type : "upstream_error", code: typeof error.code === "string" ? error.code : null };
        continue;
      }
      yield { kind: "chunk", chunk };
    }
  }
}

function dataOf(raw: string): string | undefined {
  let data: string | undefined;
  for (const line of raw.split("\n")) {
    if (!line.startsWith("data:")) continue;
    const value = line.slice(line.charCodeAt(5) === 32 ? 6 : 5);
    data = data === undefined ? value : `${data}\n${value}`;
  }
  return data;
}

/** One named SSE event (`event: NAME` + JSON data), as the Messages and Responses APIs send them. */
export function namedEvent(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** One streamed chat tool-call delta, read defensively (upstream JSON): which call, and what this chunk adds. */
export interface ToolCallDelta {
  /** The call's position among the answer's tool calls (0 when absent). */
  toolIndex: number;
  id: string | undefined;
  name: string | undefined;
  /** A piece of the arguments JSON (an object the upstream sent whole, serialized), or "" when this chunk adds none. */
  arguments: string;
}

/**
 * Reads one stream's `choices[0].delta.tool_calls[i]` in order, giving each delta its call's position. OpenAI numbers
 * every call (`index`); a delta without one (or with one that is no whole number 0 or more) is placed by its `id`:
 * an id no call had yet starts a new call, a known id is its call, no id continues the last call. Such deltas were
 * all read as call 0, so two calls became one, with the first's name and the arguments of both joined into text that
 * is no JSON. The same happened to parallel calls all numbered 0 (Gemini's OpenAI-compatible stream): a delta that
 * brings a new id and a name, at an index whose call has its id and name already, is the next call.
 */
export class ToolDeltaReader {
  readonly #byId = new Map<string, number>();
  /** The position each upstream `index` stands for now. */
  readonly #byIndex = new Map<number, number>();
  /** Each position's first id, and the positions whose call has its name. */
  readonly #idOf = new Map<number, string>();
  readonly #named = new Set<number>();
  #last: number | undefined;
  /** One past the highest position given so far. */
  #next = 0;

  /** The delta, or undefined when `call` is not an object. */
  read(call: unknown): ToolCallDelta | undefined {
    if (typeof call !== "object" || call === null) return undefined;
    const { index, id, function: fn } = call as { index?: unknown; id?: unknown; function?: { name?: unknown; arguments?: unknown } };
    const upstreamId = typeof id === "string" ? id : undefined;
    const name = typeof fn?.name === "string" ? fn.name : undefined;
    return {
      toolIndex: this.#position(Number.isSafeInteger(index) && (index as number) >= 0 ? (index as number) : undefined, upstreamId || undefined, name),
      id: upstreamId,
      name,
      // Some upstreams send the arguments as a JSON object rather than its text: serialized, never dropped.
      arguments: argumentsText(fn?.arguments),
    };
  }

  #position(index: number | undefined, id: string | undefined, name: string | undefined): number {
    const position = index === undefined ? this.#unnumbered(id) : this.#numbered(index, id, name);
    if (id !== undefined && !this.#byId.has(id)) this.#byId.set(id, position);
    if (id !== undefined && !this.#idOf.has(position)) this.#idOf.set(position, id);
    if (name !== undefined) this.#named.add(position);
    this.#last = position;
    this.#next = Math.max(this.#next, position + 1);
    return position;
  }

  /** No id continues the last call; a known id is its call; a new id starts the next one. */
  #unnumbered(id: string | undefined): number {
    if (id === undefined) return this.#last ?? 0;
    return this.#byId.get(id) ?? this.#next;
  }

  #numbered(index: number, id: string | undefined, name: string | undefined): number {
    const current = this.#byIndex.get(index);
    const first = this.#idOf.get(current ?? index);
    const another = id !== undefined && name !== undefined && first !== undefined && first !== id && this.#named.has(current ?? index);
    const position = another ? this.#next : (current ?? index);
    this.#byIndex.set(index, position);
    return position;
  }
}

/**
 * Ends the engine's stream when a door's stream ends, however it ends. A door whose client left before the door had
 * read a chunk (Messages and Responses write their opening events first) never started the engine's generator, and
 * `return()` on a generator that never started skips its `finally`: the upstream stayed open, the reservation
 * unsettled and the request unrecorded. Starting it first lets its `finally` settle and record the request.
 */
export async function releaseChunks(chunks: AsyncGenerator<string>): Promise<void> {
  await chunks.next().catch(() => undefined);
  await chunks.return(undefined).catch(() => undefined);
}
