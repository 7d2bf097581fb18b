/**
 * The engine reads and refuses a Chat Completions request (every door is translated to one), so its errors name chat
 * fields: "lower max_tokens", `param: "messages"`. A Responses client sent `max_output_tokens` and `input`, and a
 * Messages client `output_config.format`, not `response_format`: an error must name what that client can find in
 * what it sent. Each door lists the chat fields it calls otherwise; an error leaving the door is restated in its terms.
 * @module
 */
import { GatewayError } from "../../core/errors/index.js";
import { ownValue } from "../../core/own-property.js";

/** Chat field → the door's own field, for the chat fields the door calls otherwise. */
export type DoorFieldNames = Readonly<Record<string, string>>;

/** The Responses API's names. */
export const RESPONSES_FIELD_NAMES: DoorFieldNames = {
  max_tokens: "max_output_tokens",
  max_completion_tokens: "max_output_tokens",
  messages: "input",
  response_format: "text.format",
};

/** The Messages API's names. */
export const MESSAGES_FIELD_NAMES: DoorFieldNames = {
  max_completion_tokens: "max_tokens",
  response_format: "output_config.format",
};

/**
 * Where an upstream's own words begin in a gateway message: an UpstreamError carries them after `HTTP 400: ` or
 * `upstream error 400: ` (classify-upstream-failure.ts), and every message that relays one ends the line with it (an
 * attempt list gives each attempt a line; the budget's note and "Retry later." follow on lines of their own).
 */
const UPSTREAM_WORDS = /(?:\bHTTP \d{3}|\bupstream error(?: \d{3})?): /;

/**
 * Field names in a message (an error's, or a mid-stream error event's, which no GatewayError carries): identifiers
 * with underscores are renamed wherever they stand as a word; plain words (`messages`) only when written as code (in
 * backticks), since prose uses them as words. Only the gateway's own words are renamed: an upstream's, quoted from
 * a {@link UPSTREAM_WORDS} marker to the end of its line, stay as it wrote them ("max_tokens is too large" is what the
 * provider said of the request the gateway sent it, and renaming it misquoted the provider; ADR 0074).
 */
export function renameInText(text: string, names: DoorFieldNames): string {
  return text
    .split("\n")
    .map((line) => {
      const quoted = UPSTREAM_WORDS.exec(line);
      const own = quoted ? line.slice(0, quoted.index) : line;
      return renameOwnWords(own, names) + line.slice(own.length);
    })
    .join("\n");
}

function renameOwnWords(own: string, names: DoorFieldNames): string {
  let renamed = own;
  for (const [chat, door] of Object.entries(names)) {
    const pattern = chat.includes("_") ? new RegExp(`(?<![\\w.])${chat}(?![\\w])`, "g") : new RegExp(`\`${chat}\``, "g");
    renamed = renamed.replace(pattern, chat.includes("_") ? door : `\`${door}\``);
  }
  return renamed;
}

/** The error restated in the door's field names (message and `param`); anything else as it is. */
export function inDoorTerms(error: unknown, names: DoorFieldNames | undefined): unknown {
  if (!names || !GatewayError.isInstance(error)) return error;
  const param = error.param === null ? null : (ownValue(names, error.param) ?? error.param);
  error.restate(renameInText(error.message, names), param);
  return error;
}
