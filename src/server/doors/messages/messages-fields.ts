/**
 * The top-level fields `/v1/messages` takes, and what it does with the ones it does not translate into the chat
 * request. Anthropic's API refuses a field it does not know with a 400 (`n: Extra inputs are not permitted`), so
 * the door does too, naming the field: a field accepted and dropped (OpenAI's `n`, a misspelt `temprature`, another
 * gateway's extension) would leave the client believing it had effect.
 * @module
 */
import { escapeSentText } from "../../../core/quote-sent-text.js";
import { InvalidRequestError } from "../../../core/errors/index.js";

/**
 * Fields the schema reads (messages-request.ts), plus Anthropic's `service_tier`: which capacity Anthropic serves
 * from (`auto` may use priority capacity, `standard_only` never does). Through OpenRouter no priority capacity is
 * used, which both values allow, so it is checked and not sent. And `speed` (Claude Code's fast mode asks
 * `"fast"`): a request for faster output, which OpenRouter's chat request has no field for; it is a preference, not a
 * promise, so it is let through and not sent, rather than refusing Claude Code's requests.
 */
const KNOWN = new Set([
  "model", "messages", "max_tokens", "system", "metadata", "stop_sequences", "stream", "temperature", "top_p", "top_k", "tools",
  "tool_choice", "thinking", "output_format", "output_config", "mcp_servers", "container", "cache_control", "context_management",
  "service_tier", "speed", "switchyard",
]);

/** Why a field is refused, for the ones clients send most (else the generic words). */
const WHY: Record<string, string> = {
  n: "Anthropic's Messages API answers once per request (it has no `n`); send one request per answer you want",
  max_completion_tokens: "the Messages API's field is `max_tokens`",
  stop: "the Messages API's field is `stop_sequences`",
  response_format: "the Messages API's structured outputs are `output_config.format` (`{type: \"json_schema\", schema}`)",
  inference_geo:
    "where inference runs is Anthropic's own setting, and Switchyard reaches models through OpenRouter, which has no such field; dropping it would break a data-residency promise silently. Pin providers through OpenRouter's data policies instead",
};

/** Throws a 400 naming the first top-level field `/v1/messages` does not know, or the first unknown key of a message. */
export function assertKnownFields(body: object): void {
  for (const field of Object.keys(body)) {
    if (KNOWN.has(field)) continue;
    // The caller's text: escaped and cut (quote-sent-text.ts), in the message and in `param` alike.
    const shown = escapeSentText(field, 64);
    const why = Object.hasOwn(WHY, field) ? WHY[field] : "it is no field of Anthropic's Messages API, and Anthropic refuses it too (\"Extra inputs are not permitted\")";
    throw new InvalidRequestError(`\`${shown}\` is not accepted here: ${why}. Leave it out.`, { param: shown, code: "unknown_parameter" });
  }
  assertKnownMessageKeys((body as { messages?: unknown }).messages);
}

/**
 * A message is `{role, content}` in Anthropic's API, which refuses any other key; the door dropped one (a chat-style
 * `name`) without a word, so what the client meant never reached the model. A list that is no list of objects is left
 * to the schema, which names it.
 */
function assertKnownMessageKeys(messages: unknown): void {
  if (!Array.isArray(messages)) return;
  messages.forEach((message: unknown, index) => {
    if (typeof message !== "object" || message === null) return;
    const key = Object.keys(message).find((name) => name !== "role" && name !== "content");
    if (key === undefined) return;
    const param = `messages[${index}].${escapeSentText(key, 64)}`;
    throw new InvalidRequestError(`${param} is not accepted here: a message holds \`role\` and \`content\` only, and Anthropic's API refuses any other key ("Extra inputs are not permitted"). Leave it out.`, { param, code: "unknown_parameter" });
  });
}
