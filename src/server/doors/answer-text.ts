/**
 * The text of a chat answer's `message.content`, as the Messages and Responses doors re-express it: a string, or a
 * list of parts (some providers answer `[{"type": "text", "text": ...}]`), whose text parts are joined. Read as a
 * string only, a list became an empty answer, paid for and marked complete.
 * @module
 */

/** The answer's text; "" when there is none. */
export function answerText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  let text = "";
  for (const part of content as unknown[]) {
    const { type, text: partText } = (typeof part === "object" && part !== null ? part : {}) as { type?: unknown; text?: unknown };
    if ((type === "text" || type === "output_text") && typeof partText === "string") text += partText;
  }
  return text;
}
