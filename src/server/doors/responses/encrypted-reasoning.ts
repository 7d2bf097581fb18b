/**
 * `reasoning.encrypted_content` on the Responses door. The upstream (OpenRouter) carries a model's reasoning state
 * as `reasoning_details` entries: `reasoning.encrypted` (OpenAI's encrypted reasoning, Anthropic's redacted
 * thinking), `reasoning.text` with a signature (Anthropic's thinking), `reasoning.summary`. A request that includes
 * `reasoning.encrypted_content` gets them back on its reasoning item as one opaque token, `sy-rd1:` + base64url of
 * the entries' JSON (the gateway adds no encryption: the entries are what the upstream sent); a reasoning input item
 * carrying that token goes upstream as the assistant message's `reasoning_details`, unchanged. Encrypted content the
 * gateway did not issue (a conversation begun on OpenAI's own API) goes as OpenAI's encrypted reasoning; a token with
 * the gateway's prefix that does not decode is a 400 naming it.
 * @module
 */
import { InvalidRequestError } from "../../../core/errors/index.js";
import { assertJsonWithinLimits, type JsonLimits } from "../../request-shape/json-limits.js";

/** One `reasoning_details` entry, as OpenRouter writes it. */
export type ReasoningDetail = Record<string, unknown> & { type: string };

const TOKEN_PREFIX = "sy-rd1:";
/**
 * A decoded token is nested no deeper, and holds no longer list or larger object, than a request body may (the
 * defaults of `server.max_json_depth`, `max_array_length`, `max_object_keys`): it is forwarded, and a forged one of
 * 600,000 keys held the event loop 0.7 s in `JSON.parse` (the body's own scan skips string contents).
 */
const TOKEN_LIMITS: JsonLimits = { maxDepth: 64, maxArrayLength: 10_000, maxObjectKeys: 10_000 };

/** The token for an answer's reasoning details, or null when it has none. */
export function encryptedContent(details: readonly ReasoningDetail[] | undefined): string | null {
  if (!details || details.length === 0) return null;
  return TOKEN_PREFIX + Buffer.from(JSON.stringify(details), "utf8").toString("base64url");
}

/** The reasoning details an input item's `encrypted_content` stands for; `param` names it in a 400. */
export function detailsOfEncryptedContent(content: string, param: string): ReasoningDetail[] {
  if (!content.startsWith(TOKEN_PREFIX)) return [{ type: "reasoning.encrypted", data: content, format: "openai-responses-v1" }];
  let value: unknown;
  try {
    const text = Buffer.from(content.slice(TOKEN_PREFIX.length), "base64url").toString("utf8");
    assertJsonWithinLimits(text, TOKEN_LIMITS);
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const details = readReasoningDetails(value);
  if (!Array.isArray(value) || details.length === 0 || details.length !== value.length) {
    throw new InvalidRequestError(`${param} starts like encrypted content this gateway issued but does not decode: send it back exactly as the response gave it, or leave the reasoning item out.`, {
      param,
      code: "invalid_encrypted_content",
    });
  }
  return details;
}

/** The well-formed entries of a `reasoning_details` value (anything else yields none). */
export function readReasoningDetails(value: unknown): ReasoningDetail[] {
  if (!Array.isArray(value)) return [];
  return value.filter((entry): entry is ReasoningDetail => typeof entry === "object" && entry !== null && typeof (entry as { type?: unknown }).type === "string");
}

/**
 * Adds a stream chunk's `reasoning_details` to `into`: an entry with the `index` of one already there continues it
 * (its `text` and `summary` appended, its other fields such as `signature` and `data` taken), any other is added.
 */
export function mergeReasoningDetails(into: ReasoningDetail[], delta: unknown): void {
  for (const entry of readReasoningDetails(delta)) {
    const same = typeof entry.index === "number" ? into.find((known) => known.index === entry.index && known.type === entry.type) : undefined;
    if (!same) {
      into.push({ ...entry });
      continue;
    }
    for (const [field, value] of Object.entries(entry)) {
      if ((field === "text" || field === "summary") && typeof value === "string" && typeof same[field] === "string") same[field] = `${same[field] as string}${value}`;
      else if (value !== null && value !== undefined) same[field] = value;
    }
  }
}
