/**
 * One line of `switchyard route --jsonl` read as the request it holds: `{"prompt": "..."}` or `{"request": {...},
 * "door"?: "chat" | "messages" | "responses"}`, and no other key.
 * @module
 */
import { InvalidRequestError } from "../core/errors/index.js";
import type { ChatRequest } from "../core/types.js";
import { parseDoorName } from "../server/doors/read-offline-request.js";
import { readPreviewRequest, type PreviewRequest } from "../server/doors/read-preview-request.js";
import { SWITCHYARD_KEYS } from "../server/request-shape/common-schemas.js";
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
export function batchLineRequest(line: string, limits: JsonLimits): PreviewRequest {
  // A file saved by an editor that writes a byte-order mark carries it on its first line.
  const text = line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  // The request sits one level down in the line ({"request": {...}}).
  assertJsonWithinLimits(text, limits, 1);
  const value = JSON.parse(text) as unknown;
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InvalidRequestError("each line must be a JSON object");
  const fields = value as Record<string, unknown>;
  refuseUnreadKeys(fields);
  if (typeof fields.prompt === "string") return { request: promptRequest(fields.prompt, true) };
  // The whole request is read: every message (system, developer, user, assistant, tool), tool calls included.
  if (typeof fields.request === "object" && fields.request !== null) return readPreviewRequest(fields.request, fields.door === undefined ? undefined : parseDoorName(fields.door));
  throw new InvalidRequestError(missingRequest(fields));
}

/**
 * A key the line does not read is refused rather than dropped: `{"request": {...}, "tier": "premium"}` was decided
 * at the default tier without a word. A routing setting is told where it is read (the request's `switchyard` field).
 * A line that is only a bare request or an OpenAI Batch line is left to `missingRequest`, which says how to wrap it.
 */
function refuseUnreadKeys(fields: Record<string, unknown>): void {
  if (!("prompt" in fields) && !("request" in fields)) return;
  if ("prompt" in fields && "request" in fields) throw new InvalidRequestError('the line has both "prompt" and "request"; give one of them.', { param: "prompt" });
  if ("prompt" in fields && "door" in fields) throw new InvalidRequestError('"door" names the shape of a "request"; a "prompt" line has none: drop "door".', { param: "door" });
  const key = Object.keys(fields).find((name) => !LINE_KEYS.has(name));
  if (key === undefined) return;
  const shown = JSON.stringify(key.slice(0, 64));
  if (key !== "switchyard" && !SWITCHYARD_KEYS.includes(key)) {
    throw new InvalidRequestError(`${shown} is not a line key: a line holds "prompt", or "request" and "door"; drop ${shown} (decisions pair with lines by position).`, { param: key });
  }
  const setting = key === "switchyard" ? "..." : `{${shown}: ...}`;
  const where = "prompt" in fields ? `{"request": {"messages": [{"role": "user", "content": ...}], "switchyard": ${setting}}}` : `{"request": {..., "switchyard": ${setting}}}`;
  throw new InvalidRequestError(`${shown} is not a line key, so it would not be read: routing settings go in the request's "switchyard" field, ${where} (or --task, --tier, --quality for the whole batch).`, { param: key });
}

/** Why a line object holds no request; a bare request body (or an OpenAI Batch line's `body`) is told how to wrap it. */
function missingRequest(fields: Record<string, unknown>): string {
  const needs = 'each line needs "prompt" (a string) or "request" (an object)';
  if ("messages" in fields || "input" in fields) return `${needs}: this line is a bare request; wrap it as {"request": {...}}`;
  if ("body" in fields) return `${needs}: for an OpenAI Batch line, put its "body" in "request": {"request": {...}}`;
  if ("request" in fields) return `${needs}; its "request" is ${fields.request === null ? "null" : `a ${Array.isArray(fields.request) ? "list" : typeof fields.request}`}`;
  return needs;
}
