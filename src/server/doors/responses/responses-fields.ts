/**
 * The top-level fields `/v1/responses` takes. OpenAI's API answers a field it does not know with a 400
 * (`Unknown parameter: 'x'.`, code `unknown_parameter`), so the door does too: accepted and dropped, a misspelt
 * `temprature` or another API's field would leave the client believing it had effect. Every field of the `openai`
 * SDK's `ResponseCreateParams` is known (and every field the Vercel AI SDK's Responses provider sends, which is a
 * subset); those the gateway cannot honour are refused here saying why. What each known field does: docs/gateway.md.
 * @module
 */
import { escapeSentText } from "../../../core/quote-sent-text.js";
import { closestName } from "../../../core/closest-name.js";
import { InvalidRequestError } from "../../../core/errors/index.js";
import { ownValue } from "../../../core/own-property.js";
import { assertKnownItemKeys } from "./responses-item-keys.js";
import { RESPONSES_FIELD_NAMES } from "../door-field-names.js";

/**
 * The `openai` SDK's `ResponseCreateParamsBase` (v6.49), plus `max_tool_calls` (OpenAI's API takes it; the Vercel
 * provider sends it), `client_metadata` (Codex sends its installation and session ids there; labels for the
 * provider, accepted and not sent) and `switchyard` (the gateway's own options).
 */
const KNOWN = new Set([
  "background", "client_metadata", "context_management", "conversation", "include", "input", "instructions", "max_output_tokens", "max_tool_calls",
  "metadata", "model", "moderation", "parallel_tool_calls", "previous_response_id", "prompt", "prompt_cache_key",
  "prompt_cache_options", "prompt_cache_retention", "reasoning", "safety_identifier", "service_tier", "store", "stream",
  "stream_options", "temperature", "text", "tool_choice", "tools", "top_logprobs", "top_p", "truncation", "user", "switchyard",
]);

/** Known fields the gateway cannot honour, when set (null, and an empty list, count as not set). */
const REFUSED: Record<string, { refuses(value: unknown): boolean; why: string }> = {
  context_management: {
    refuses: (value) => Array.isArray(value) && value.length > 0,
    why: "`context_management` asks OpenAI's servers to compact the conversation once it passes a token threshold; the gateway sends the whole input to the model and cannot compact it, so the model would read (and you would pay for) everything you asked to have compacted. Compact the history in your client, or leave it out",
  },
  moderation: {
    refuses: (value) => value !== null && value !== undefined,
    why: "`moderation` asks OpenAI to score or block the input and output with its moderation model; the gateway reaches models through OpenRouter, whose chat request has no moderation policy of that kind, and answering unmoderated would break the policy silently. Run moderation in your client, or leave it out",
  },
  prompt_cache_retention: {
    refuses: (value) => value === "in_memory",
    why: "`prompt_cache_retention: \"in_memory\"` limits where OpenAI keeps your cached prompt (a data-retention setting); OpenRouter's chat request has no such field, so the provider's own retention would apply and the limit would be broken silently. Leave it out, or pin providers through OpenRouter's data policies",
  },
};

/** Chat Completions (and Messages) fields a client ported to Responses still sends, with the Responses field for each. */
const RENAMED: Readonly<Record<string, string>> = { ...RESPONSES_FIELD_NAMES, system: "instructions" };

/** The fix OpenAI's bare "Unknown parameter" leaves out: the Responses name of another API's field, or the near name. */
function responsesName(field: string): string {
  const renamed = ownValue(RENAMED, field);
  if (renamed) return ` The Responses API calls it '${renamed}'.`;
  const near = closestName(field, [...KNOWN], 0.2);
  return near ? ` Did you mean '${near}'?` : "";
}

/**
 * Throws a 400 naming the first top-level field `/v1/responses` does not know (as OpenAI answers it), a known
 * field set to something the gateway cannot honour (saying why), or an input item's key (responses-item-keys.ts).
 */
export function assertKnownResponsesFields(body: object): void {
  for (const [field, value] of Object.entries(body)) {
    if (!KNOWN.has(field)) {
      // The caller's text: escaped and cut (quote-sent-text.ts), in the message and in `param` alike.
      throw new InvalidRequestError(`Unknown parameter: '${escapeSentText(field, 64)}'.${responsesName(field)}`, { param: escapeSentText(field, 64), code: "unknown_parameter" });
    }
    const refusal = Object.hasOwn(REFUSED, field) ? REFUSED[field] : undefined;
    if (refusal?.refuses(value)) throw new InvalidRequestError(`${refusal.why}.`, { param: field, code: "unsupported_parameter" });
  }
  assertKnownItemKeys((body as { input?: unknown }).input);
}
