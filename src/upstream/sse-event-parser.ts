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

/** Splits a byte stream into SSE events. Handles UTF-8 sequences and events split across chunks. */
export class SseEventParser {
  #decoder = new TextDecoder();
  #buffer = "";

  /** Feeds one chunk; returns the events it completed. */
  push(chunk: Uint8Array): SseEvent[] {
    let text = this.#decoder.decode(chunk, { stream: true });
    if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
    this.#buffer += text;
    const events: SseEvent[] = [];
    let boundary = this.#buffer.indexOf("\n\n");
    while (boundary !== -1) {
      const raw = this.#buffer.slice(0, boundary + 2);
      this.#buffer = this.#buffer.slice(boundary + 2);
      const event = parseEvent(raw);
      if (event) events.push(event);
      boundary = this.#buffer.indexOf("\n\n");
    }
    return events;
  }

  /** Flushes a final event that was not terminated by a blank line (some upstreams omit it). */
  end(): SseEvent[] {
    const rest = this.#buffer + this.#decoder.decode();
    this.#buffer = "";
    if (rest.trim() === "") return [];
    const event = parseEvent(rest.endsWith("\n") ? `${rest}\n` : `${rest}\n\n`);
    return event ? [event] : [];
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
