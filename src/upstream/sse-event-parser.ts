/**
 * Incremental Server-Sent Events splitter. It keeps each event's raw text so the gateway can pass it through
 * byte for byte, and exposes the joined `data` payload for inspection.
 * @module
 */

/** One SSE event (the lines up to a blank line). */
export interface SseEvent {
  /** The event exactly as received, normalized to `\n` line ends, including the terminating blank line. */
  raw: string;
  /** The joined `data:` lines, or undefined when the event has none (a comment such as `: OPENROUTER PROCESSING`). */
  data: string | undefined;
}

/**
 * The longest one event may grow without its end: far above any real chunk (a delta, a usage object, a generated
 * image in base64), far below what hurts the process. The reader stops a stream past it (`pendingChars`).
 */
export const MAX_SSE_EVENT_CHARS = 32 * 1024 * 1024;

/** Splits a byte stream into SSE events. Handles UTF-8 sequences and events split across chunks. */
export class SseEventParser {
  #decoder = new TextDecoder();
  /**
   * The reads of an event not yet ended, kept apart: searching (or reading the last character of) a string built by
   * `+=` flattens it, so an event sent in many small reads cost its whole length on every read.
   */
  #pieces: string[] = [];
  #pendingChars = 0;
  /** Whether what is held ends with a line end (its next read may start the blank line that ends the event). */
  #endsWithLineEnd = false;
  #heldCr = false;

  /** Characters held of an event not yet ended. */
  get pendingChars(): number {
    return this.#pendingChars;
  }

  /** Feeds one chunk; returns the events it completed. */
  push(chunk: Uint8Array): SseEvent[] {
    const text = this.#normalize(this.#decoder.decode(chunk, { stream: true }));
    if (text === "") return [];
    const crossing = this.#endsWithLineEnd && text.charCodeAt(0) === 10;
    if (!crossing && !text.includes("\n\n")) {
      this.#hold(text);
      return [];
    }
    let buffer = this.#pieces.length === 0 ? text : this.#pieces.join("") + text;
    const events: SseEvent[] = [];
    for (let boundary = buffer.indexOf("\n\n"); boundary !== -1; boundary = buffer.indexOf("\n\n")) {
      const event = parseEvent(buffer.slice(0, boundary + 2));
      buffer = buffer.slice(boundary + 2);
      if (event) events.push(event);
    }
    this.#pieces = [];
    this.#pendingChars = 0;
    this.#endsWithLineEnd = false;
    if (buffer !== "") this.#hold(buffer);
    return events;
  }

  /** Flushes a final event that was not terminated by a blank line (some upstreams omit it). */
  end(): SseEvent[] {
    const rest = this.#pieces.join("") + this.#normalize(this.#decoder.decode());
    this.#pieces = [];
    this.#pendingChars = 0;
    this.#endsWithLineEnd = false;
    this.#heldCr = false;
    if (rest.trim() === "") return [];
    const event = parseEvent(rest.endsWith("\n") ? `${rest}\n` : `${rest}\n\n`);
    return event ? [event] : [];
  }

  #hold(text: string): void {
    this.#pieces.push(text);
    this.#pendingChars += text.length;
    this.#endsWithLineEnd = text.charCodeAt(text.length - 1) === 10;
  }

  /**
   * CRLF and CR as LF. A CR that ends a read counts as a line end at once (an event it ends is given now), and a LF
   * that starts the next read is then the rest of that CRLF, dropped.
   */
  #normalize(decoded: string): string {
    if (decoded === "") return decoded;
    const text = this.#heldCr && decoded.charCodeAt(0) === 10 ? decoded.slice(1) : decoded;
    this.#heldCr = decoded.charCodeAt(decoded.length - 1) === 13;
    return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  }
}

function parseEvent(raw: string): SseEvent | undefined {
  // Fast path: the overwhelmingly common single `data: ...` line.
  if (raw.startsWith("data:") && raw.indexOf("\n") === raw.length - 2) {
    const start = raw.charCodeAt(5) === 32 ? 6 : 5;
    return { raw, data: raw.slice(start, raw.length - 2) };
  }
  let data: string | undefined;
  let meaningful = false;
  for (const line of raw.split("\n")) {
    if (line === "") continue;
    meaningful = true;
    if (!line.startsWith("data:")) continue;
    const value = line.charCodeAt(5) === 32 ? line.slice(6) : line.slice(5);
    data = data === undefined ? value : `${data}\n${value}`;
  }
  return meaningful ? { raw, data } : undefined;
}
