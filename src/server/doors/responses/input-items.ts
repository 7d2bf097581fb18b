/**
 * The input items of a Responses request as `GET /v1/responses/{id}/input_items` lists them: each item as the client
 * sent it, with an id. A string `input` is one user message; a message whose content is a string gets OpenAI's
 * content list (`input_text`, or `output_text` for an assistant turn sent back). An item that came with an id keeps
 * it (an output item of an earlier response sent back as input); one without gets `<prefix>_<decision id>_in<index>`,
 * stable for the life of the stored response (docs/decisions/0065-responses-read-back-storage.md).
 * @module
 */
import type { ResponsesRequest } from "./responses-request.js";
import type { StoredItem } from "./stored-response.js";

/** Id prefixes as OpenAI's own ids start; anything else is an `item_`. */
const PREFIXES: Readonly<Record<string, string>> = { message: "msg", function_call: "fc", function_call_output: "fco", reasoning: "rs" };

/**
 * Items whose `id` means something else in OpenAI's schema: a `local_shell_call_output`'s `id` names the call it
 * answers, so one sent with only `call_id` (as Codex sends it) is listed with that call's id, not a new one.
 */
const ID_IS_THE_CALL = new Set(["local_shell_call_output"]);

/**
 * The request's own input as items with ids, oldest first. An id already listed (in `earlier`, the conversation's
 * items before this request, or earlier in this input) is not kept: the item gets one of its own, so every id in a
 * list is one item and `after` pages on (two items with one id sent the SDK's paging round them forever).
 */
export function inputItemsOf(request: ResponsesRequest, decisionId: string, earlier: readonly StoredItem[] = []): StoredItem[] {
  const input = typeof request.input === "string" ? [{ type: "message", role: "user", content: request.input }] : request.input;
  const taken = new Set(earlier.map((item) => item.id));
  return input.map((item, index) => {
    const listed = withId(normalized(item as Record<string, unknown>), `${decisionId}_in${index}`, taken);
    taken.add(listed.id);
    return listed;
  });
}

function normalized(item: Record<string, unknown>): Record<string, unknown> & { type: string } {
  const type = typeof item.type === "string" ? item.type : "message";
  if (type !== "message") return { ...item, type };
  const role = typeof item.role === "string" ? item.role : "user";
  const content = typeof item.content === "string" ? [textPart(role, item.content)] : item.content;
  return { ...item, type, role, content, status: typeof item.status === "string" ? item.status : "completed" };
}

function textPart(role: string, text: string): Record<string, unknown> {
  return role === "assistant" ? { type: "output_text", text, annotations: [] } : { type: "input_text", text };
}

function withId(item: Record<string, unknown> & { type: string }, suffix: string, taken: ReadonlySet<string>): StoredItem {
  const free = (id: unknown): id is string => typeof id === "string" && id !== "" && !taken.has(id);
  if (free(item.id)) return item as StoredItem;
  if (ID_IS_THE_CALL.has(item.type) && free(item.call_id)) return { ...item, id: item.call_id } as StoredItem;
  return { ...item, id: `${PREFIXES[item.type] ?? "item"}_${suffix}` } as StoredItem;
}
