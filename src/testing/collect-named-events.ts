/**
 * Reads a stream of named SSE events (`event: NAME` + `data: JSON`, as the Messages and Responses doors write them)
 * back into objects, for tests of those streams.
 * @module
 */

/** The stream's events, in order. */
export async function collectNamedEvents(stream: AsyncGenerator<string>): Promise<{ event: string; data: Record<string, unknown> }[]> {
  let text = "";
  for await (const piece of stream) text += piece;
  return text
    .split("\n\n")
    .filter(Boolean)
    .map((block) => {
      const [event, data] = block.split("\n");
      return { event: (event ?? "").slice(7), data: JSON.parse((data ?? "").slice(6)) as Record<string, unknown> };
    });
}
