/**
 * One line of `switchyard route --jsonl` read as the request it holds: `{"prompt": "..."}` or `{"request": {...},
 * "door"?: "chat" | "messages" | "responses"}`. Any other key (an `id`, a label the caller keeps with its lines, a
 * routing setting written beside the request instead of in it) is left unread and named once on standard error.
 * @module
 */
import { InvalidRequestError } from "../core/errors/index.js";
import type { ChatRequest } from "../core/types.js";
import { parseDoorName } from "../server/doors/read-offline-request.js";
import { readPreviewRequest, type PreviewRequest } from "../server/doors/read-preview-request.js";
import { misspelledKey, SWITCHYARD_KEYS } from "../server/request-shape/common-schemas.js";
import { assertJsonWithinLimits, type JsonLimits } from "../server/request-shape/json-limits.js";

const LINE_KEYS = new Set(["prompt", "request", "door"]);

/** The request a prompt stands for: one user message, routed by `switchyard/auto`. */
export function promptRequest(prompt: string, inBatch = false): ChatRequest {
  if (!prompt.trim()) throw new InvalidRequestError(inBatch ? '"prompt" is empty' : "Give a prompt, --request FILE or --jsonl FILE.");
  return { model: "switchyard/auto", messages: [{ role: "user", content: prompt }] };
}

/**
 * A batch line's request, or an InvalidRequestError saying what the line lacks or holds that is not read. `limits`
 * are the gateway's on a body (`server.max_json_depth`, ...): a request it would refuse is refused here in its words,
 * but for names no provider takes, which come back as `refused` beside the request (`read-preview-request.ts`).
 */
export function batchLineRequest(line: string, limits: JsonLimits): PreviewRequest & { unread: string[] } {
  // A file saved by an editor that writes a byte-order mark carries it on its first line.
  const text = line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  // The request sits one level down in the line ({"request": {...}}).
  assertJsonWithinLimits(text, limits, 1);
  const value = JSON.parse(text) as unknown;
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InvalidRequestError("each line must be a JSON object");
  const fields = value as Record<string, unknown>;
  const unread = unreadKeys(fields);
  if (typeof fields.prompt === "string") return { request: promptRequest(fields.prompt, true), unread };
  // The whole request is read: every message (system, developer, user, assistant, tool), tool calls included.
  if (typeof fields.request === "object" && fields.request !== null) return { ...readPreviewRequest(fields.request, fields.door === undefined ? undefined : parseDoorName(fields.door)), unread };
  throw new InvalidRequestError(missingRequest(fields));
}

/**
 * The line's keys it does not read. They are not refused: a line routed as if they were absent is what an evaluation
 * harness keeping an `id` or an expected label (`"task": "translation"`) beside each request needs, and a caller who
 * meant a routing setting is told where it goes, once for the batch (`unreadKeysNote`). A line that is only a bare
 * request or an OpenAI Batch line is left to `missingRequest`, which says how to wrap it.
 */
function unreadKeys(fields: Record<string, unknown>): string[] {
  if (!("prompt" in fields) && !("request" in fields)) return [];
  if ("prompt" in fields && "request" in fields) throw new InvalidRequestError('the line has both "prompt" and "request"; give one of them.', { param: "prompt" });
  if ("prompt" in fields && "door" in fields) throw new InvalidRequestError('"door" names the shape of a "request"; a "prompt" line has none: drop "door".', { param: "door" });
  return Object.keys(fields).filter((name) => !LINE_KEYS.has(name));
}

/**
 * What standard error says of the keys a batch's lines held and did not read, or nothing: `counts` maps each key to
 * the lines that held it. A routing setting (or a near miss of one) is told where it is read: the request's own
 * `switchyard` field, or the batch's flags.
 */
export function unreadKeysNote(counts: ReadonlyMap<string, number>, firstLine: number): string {
  // Each key with the number of lines that held it: `"id" (2 lines), "expected" (1 line)`.
  const shown = (keys: string[]): string => keys.map((key) => `${JSON.stringify(key.slice(0, 64))} (${counts.get(key) ?? 0} line${counts.get(key) === 1 ? "" : "s"})`).join(", ");
  const settings = [...counts.keys()].filter((key) => key === "switchyard" || SWITCHYARD_KEYS.includes(key) || misspelledKey(key) !== undefined);
  const others = [...counts.keys()].filter((key) => !settings.includes(key));
  let note = "";
  if (others.length > 0) note += `note: line key${others.length === 1 ? "" : "s"} ${shown(others)} not read, the first on line ${firstLine}; each line's decision is printed in its place, so pair them by position.\n`;
  if (settings.length > 0) {
    const meant = [...new Set(settings.map((key) => misspelledKey(key) ?? key))].filter((key) => key !== "switchyard");
    note += `note: ${shown(settings)} beside the request ${settings.length === 1 ? "is" : "are"} not read, so those lines were routed without ${settings.length === 1 ? "it" : "them"}: routing settings go in the request's "switchyard" field, {"request": {..., "switchyard": {${meant.map((key) => `${JSON.stringify(key)}: ...`).join(", ") || "..."}}}} (or --task, --tier, --quality for the whole batch).\n`;
  }
  return note;
}

/** Why a line object holds no request; a bare request body (or an OpenAI Batch line's `body`) is told how to wrap it. */
function missingRequest(fields: Record<string, unknown>): string {
  const needs = 'each line needs "prompt" (a string) or "request" (an object)';
  if ("messages" in fields || "input" in fields) return `${needs}: this line is a bare request; wrap it as {"request": {...}}`;
  if ("body" in fields) return `${needs}: for an OpenAI Batch line, put its "body" in "request": {"request": {...}}`;
  if ("request" in fields) return `${needs}; its "request" is ${fields.request === null ? "null" : `a ${Array.isArray(fields.request) ? "list" : typeof fields.request}`}`;
  return needs;
}
