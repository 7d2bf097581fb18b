/**
 * One page of a stored response's input items, as `GET /v1/responses/{id}/input_items` answers it: OpenAI's list
 * shape (`object: "list"`, `data`, `first_id`, `last_id`, `has_more`) and its query (`limit` 1..100, default 20;
 * `order` `asc` or `desc`, default `desc`, newest first; `after`, an item id to start after; `include`, checked
 * against the includable names). Items are listed as they were stored: nothing is left out for want of `include`.
 * @module
 */
import { escapeSentText } from "../../../core/quote-sent-text.js";
import { InvalidRequestError } from "../../../core/errors/index.js";
import { RESPONSE_INCLUDABLES } from "./responses-request.js";
import type { StoredItem } from "./stored-response.js";

/** The list answer. */
export interface InputItemPage {
  object: "list";
  data: StoredItem[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

/** The page's query, read. */
interface PageQuery {
  limit: number;
  order: "asc" | "desc";
  after: string | undefined;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/** The page of `items` (oldest first) the query asks for; a 400 naming the bad parameter. */
export function inputItemPage(items: readonly StoredItem[], query: unknown): InputItemPage {
  const { limit, order, after } = readPageQuery(query);
  const ordered = order === "asc" ? items : [...items].reverse();
  let start = 0;
  if (after !== undefined) {
    const at = ordered.findIndex((item) => item.id === after);
    if (at < 0) throw new InvalidRequestError(`No input item with id '${escapeSentText(after, 256)}' in this response: \`after\` takes the id of an item listed before (its \`last_id\`).`, { param: "after" });
    start = at + 1;
  }
  const data = ordered.slice(start, start + limit);
  return { object: "list", data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: start + limit < ordered.length };
}

/** Checks `include` (on retrieve and on the list): each value one of the Responses API's includable names. */
export function assertIncludables(query: unknown): void {
  const values = queryValues(query, "include");
  const unknown = values.find((value) => !(RESPONSE_INCLUDABLES as readonly string[]).includes(value));
  if (unknown !== undefined) throw new InvalidRequestError(`Unknown include value '${escapeSentText(unknown, 100)}'. Valid: ${RESPONSE_INCLUDABLES.join(", ")}.`, { param: "include" });
}

function readPageQuery(query: unknown): PageQuery {
  assertIncludables(query);
  const limitText = single(query, "limit");
  const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT || !/^\d{1,3}$/.test(limitText ?? "20")) {
    throw new InvalidRequestError(`limit must be a whole number from 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`, { param: "limit" });
  }
  const order = single(query, "order") ?? "desc";
  if (order !== "asc" && order !== "desc") throw new InvalidRequestError("order must be asc (oldest first) or desc (newest first, the default).", { param: "order" });
  return { limit, order, after: single(query, "after") };
}

/** One query parameter's value; a 400 when it is given twice. */
function single(query: unknown, name: string): string | undefined {
  const values = queryValues(query, name);
  if (values.length > 1) throw new InvalidRequestError(`${name} is given ${values.length} times: give it once.`, { param: name });
  return values[0];
}

/** Every value of a query parameter, as `name=...`, repeated, or `name[]=...` (the openai SDK's array form). */
export function queryValues(query: unknown, name: string): string[] {
  if (typeof query !== "object" || query === null) return [];
  const record = query as Record<string, unknown>;
  return [record[name], record[`${name}[]`]].flatMap((value) => (typeof value === "string" ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []));
}
