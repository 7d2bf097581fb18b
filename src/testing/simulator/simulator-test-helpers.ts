/**
 * Small helpers the simulator's own tests share: post a chat request, split an SSE body.
 * @module
 */

/** A minimal valid chat body for `model`. */
export function chatBody(model: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model, messages: [{ role: "user", content: "What is the capital of France?" }], ...extra };
}

/** POSTs `body` as JSON to `<baseUrl>/chat/completions`. */
export function postChat(
  baseUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<Response> {
  return fetch(`${baseUrl}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
}

/** One SSE event of a body: a `: comment`, a parsed `data:` JSON, `[DONE]`, or unparseable data. */
export type SseEvent =
  | { kind: "comment"; text: string }
  | { kind: "data"; json: Record<string, unknown> }
  | { kind: "done" }
  | { kind: "invalid"; text: string };

/** Splits an SSE body into events (blank-line separated). */
export function parseSse(body: string): SseEvent[] {
  return body
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block): SseEvent => {
      if (block.startsWith(":")) return { kind: "comment", text: block.slice(1).trim() };
      const data = block.replace(/^data: /, "");
      if (data === "[DONE]") return { kind: "done" };
      try {
        return { kind: "data", json: JSON.parse(data) as Record<string, unknown> };
      } catch {
        return { kind: "invalid", text: data };
      }
    });
}

/** The `choices[0]` of a chunk or completion, typed loosely for assertions. */
export function firstChoice(payload: Record<string, unknown>): Record<string, unknown> | undefined {
  const choices = payload["choices"];
  return Array.isArray(choices) ? (choices[0] as Record<string, unknown> | undefined) : undefined;
}

/** Concatenates `delta.content` over the data events. */
export function streamedText(events: readonly SseEvent[]): string {
  let text = "";
  for (const event of events) {
    if (event.kind !== "data") continue;
    const delta = firstChoice(event.json)?.["delta"] as { content?: string | null } | undefined;
    text += delta?.content ?? "";
  }
  return text;
}
