/**
 * The keys of the input items the door translates field by field: a `message`, `function_call`,
 * `function_call_output` and `reasoning` item. OpenAI's API refuses a key an item does not have (`Unknown parameter:
 * 'input[0].name'.`); the door dropped it without a word, so what the client meant never reached the model (a
 * chat-style `name` on a message, `tool_call_id` on an output, `tool_calls` on an assistant message). The keys
 * accepted are those of the `openai` SDK's (v6.49) input item and output item of each type, so an item sent back
 * as a response returned it (`id`, `status`, `phase`) passes. Content parts, and the items of OpenAI's own tools
 * (tool-history-items.ts, each tool's item with fields of its own), are left as they were: what they carry beyond
 * what the door reads is the newer client's (docs/gateway.md).
 * @module
 */
import { escapeSentText } from "../../../core/quote-sent-text.js";
import { closestName } from "../../../core/closest-name.js";
import { InvalidRequestError } from "../../../core/errors/index.js";
import { ownValue } from "../../../core/own-property.js";

/**
 * Keys Codex writes on the items it sends back (its rollouts show them on messages and reasoning): its own
 * bookkeeping, which OpenAI's API takes from it. Accepted on every item and not sent (nothing a model reads).
 */
const CLIENT_KEYS = ["internal_chat_message_metadata_passthrough", "end_turn", "encrypted_function_args"];

/** Each item type's keys: the SDK's input item and output item of the type together, and {@link CLIENT_KEYS}. */
const ITEM_KEYS: Readonly<Record<string, readonly string[]>> = {
  message: ["type", "role", "content", "id", "status", "phase", ...CLIENT_KEYS],
  function_call: ["type", "call_id", "name", "arguments", "id", "status", "namespace", "caller", ...CLIENT_KEYS],
  function_call_output: ["type", "call_id", "output", "id", "status", "caller", ...CLIENT_KEYS],
  reasoning: ["type", "id", "summary", "content", "encrypted_content", "status", ...CLIENT_KEYS],
};

/** Chat Completions keys a client ported to Responses still sends, with what the Responses API takes instead. */
const CHAT_KEYS: Readonly<Record<string, string>> = {
  name: "a Responses message has no `name` (the Chat Completions participant name); put who is speaking in the content",
  tool_calls: "the Responses API sends each call as a `function_call` item of its own, after the assistant message",
  tool_call_id: "a `function_call_output` names its call by `call_id`",
  function_call: "the Responses API sends each call as a `function_call` item of its own",
  refusal: "a refusal is an assistant message's content part (`{type: \"refusal\", refusal}`)",
  reasoning_content: "reasoning goes back as a `reasoning` item",
};

/** Throws a 400 naming the first input item key the item's type does not have. */
export function assertKnownItemKeys(input: unknown): void {
  if (!Array.isArray(input)) return;
  input.forEach((item: unknown, index) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return;
    const type = (item as { type?: unknown }).type ?? "message";
    const known = typeof type === "string" ? ownValue(ITEM_KEYS, type) : undefined;
    if (known === undefined) return;
    const key = Object.keys(item).find((name) => !known.includes(name));
    if (key !== undefined) refuseKey(index, String(type), key, known);
  });
}

function refuseKey(index: number, type: string, key: string, known: readonly string[]): never {
  // The caller's text: escaped and cut (quote-sent-text.ts), in the message and in `param` alike.
  const param = `input[${index}].${escapeSentText(key, 64)}`;
  const shown = param;
  const near = closestName(key, known, 0.2);
  const why = ownValue(CHAT_KEYS, key) ?? (near === undefined ? "" : `did you mean \`${near}\``);
  const holds = known.filter((name) => !CLIENT_KEYS.includes(name)).map((name) => `\`${name}\``).join(", ");
  throw new InvalidRequestError(`Unknown parameter: '${shown}'${why ? ` (${why})` : ""}. A ${type} item holds ${holds} only, and OpenAI's API refuses any other key. Leave it out.`, { param, code: "unknown_parameter" });
}
