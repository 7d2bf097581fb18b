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

/**
 * The reasoning text of a chat message or delta: OpenRouter's `reasoning`, else the text and summaries of its
 * `reasoning_details` (the same reasoning, sent beside it), else `reasoning_content` (DeepSeek's name). Encrypted
 * reasoning is opaque bytes, not text: it adds nothing. Reasoning is output the upstream bills, so it counts toward
 * the output bound and the estimate an answer without usage is charged on (ADR 0074).
 */
export function reasoningText(message: unknown): string {
  if (typeof message !== "object" || message === null) return "";
  const { reasoning, reasoning_details: details, reasoning_content: content } = message as { reasoning?: unknown; reasoning_details?: unknown; reasoning_content?: unknown };
  if (typeof reasoning === "string" && reasoning !== "") return reasoning;
  if (Array.isArray(details)) {
    let text = "";
    for (const detail of details as unknown[]) {
      const { text: detailText, summary } = (typeof detail === "object" && detail !== null ? detail : {}) as { text?: unknown; summary?: unknown };
      if (typeof detailText === "string") text += detailText;
      else if (typeof summary === "string") text += summary;
    }
    if (text !== "") return text;
  }
  return typeof content === "string" ? content : "";
}
