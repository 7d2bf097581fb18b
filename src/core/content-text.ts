/**
 * The text of a chat answer's `content` and the text of a tool call's `arguments`, read the same way wherever the
 * gateway reads an answer (whole or streamed, in every door). Upstream JSON is unchecked: some providers answer
 * `content` as a list of parts (`[{"type": "text", "text": ...}]`) and a call's `arguments` as a JSON object
 * rather than the JSON text Chat Completions specifies. Read as strings only, the first became an empty answer
 * (paid for, marked complete) and the second a call with `{}` for arguments.
 * @module
 */

/** The text of `content`: a string, or the text parts of a list joined; "" when there is none. */
export function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  let text = "";
  for (const part of content as unknown[]) {
    const { type, text: partText } = (typeof part === "object" && part !== null ? part : {}) as { type?: unknown; text?: unknown };
    if ((type === "text" || type === "output_text") && typeof partText === "string") text += partText;
  }
  return text;
}

/**
 * A tool call's `arguments` as JSON text: a string as sent, an object or a list serialized; "" for anything else
 * (absent, null, a number), which adds nothing to a streamed call and reads as `{}` in a whole one.
 */
export function argumentsText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value !== "object" || value === null) return "";
  try {
    return JSON.stringify(value);
  } catch {
    return "";
  }
}
