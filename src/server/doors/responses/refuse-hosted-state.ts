/**
 * Two Responses fields name state that lives only on OpenAI's servers: `conversation` (a stored conversation
 * object) and `prompt` (a stored prompt template, by id). The gateway has neither store, and answering without
 * them would answer a different question, so each is refused with a 400 saying what to send instead. So are two
 * input items that stand for such state: an `item_reference` (an item by id, which the gateway does not keep: it keeps
 * whole conversations for `previous_response_id`) and a `compaction` item (a summary only OpenAI's servers can read).
 * @module
 */
import { InvalidRequestError } from "../../../core/errors/index.js";

/** What the client can send instead of each field. */
const INSTEAD = {
  conversation:
    "`conversation` names a conversation object stored on OpenAI's servers, which this gateway does not have. Continue a conversation with `previous_response_id` (the gateway keeps its own responses unless `store` is false), or send the history yourself as `input` items.",
  prompt:
    "`prompt` names a prompt template stored on OpenAI's servers, which this gateway cannot read. Send the template's text yourself: its instructions as `instructions`, and its variables filled in as `input`.",
} as const;

/** Throws a 400 naming `conversation` or `prompt` when the body sets one (null counts as not set). */
export function refuseHostedState(body: unknown): void {
  if (typeof body !== "object" || body === null) return;
  for (const field of ["conversation", "prompt"] as const) {
    const value = (body as Partial<Record<typeof field, unknown>>)[field];
    if (value !== undefined && value !== null) throw new InvalidRequestError(INSTEAD[field], { param: field, code: "unsupported_parameter" });
  }
}

/** What the client can send instead of each stored-state item. */
const ITEM_INSTEAD = {
  item_reference:
    "is an item_reference: it names an earlier item by id, and this gateway keeps no items by id (it keeps whole conversations for `previous_response_id`). Send the item itself (the Vercel AI SDK does with `providerOptions.openai.store: false`), or continue with `previous_response_id`.",
  compaction:
    "is a compaction item: its encrypted_content is a summary of earlier turns that only OpenAI's servers can read, so no routed model could. Send the history it replaced as input items instead.",
} as const;

/**
 * Throws a 400 naming `input[i]` when an input item is an `item_reference` (typed so, or an object with only an `id`,
 * as OpenAI's schema allows) or a `compaction` item. Read before the schema, whose message would name neither.
 */
export function refuseStoredItems(body: unknown): void {
  const input = typeof body === "object" && body !== null ? (body as { input?: unknown }).input : undefined;
  if (!Array.isArray(input)) return;
  (input as unknown[]).forEach((item, index) => {
    const kind = storedItemKind(item);
    if (kind) throw new InvalidRequestError(`input[${index}] ${ITEM_INSTEAD[kind]}`, { param: `input[${index}]`, code: "unsupported_parameter" });
  });
}

function storedItemKind(item: unknown): keyof typeof ITEM_INSTEAD | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  const { type, role, id } = item as { type?: unknown; role?: unknown; id?: unknown };
  if (type === "item_reference" || type === "compaction") return type;
  return (type === undefined || type === null) && role === undefined && typeof id === "string" ? "item_reference" : undefined;
}
