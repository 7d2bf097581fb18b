/**
 * A request read for a decision preview (`switchyard route --request/--jsonl`, and the training and evaluation readers),
 * where a name no provider takes does not hide the decision (round 43). The gateway refuses a tool, call or message
 * named outside `^[a-zA-Z0-9_-]{1,64}$` ("施設案内", "商品搜索", "расход_клиента": names an agent built in another
 * language gives its tools), since the upstream would; the task and tier read the same with any name. So a body refused
 * only for its names is read again with each such name replaced by a stand-in (the same stand-in wherever one name
 * occurs, so calls still answer their tools), and the decision comes with the gateway's error beside it. Any other
 * refusal stands.
 * @module
 */
import { InvalidRequestError } from "../../core/errors/index.js";
import type { ChatRequest } from "../../core/types.js";
import { TOOL_NAME_PATTERN } from "../request-shape/tool-name.js";
import type { DoorName } from "./door.js";
import { readOfflineRequest } from "./read-offline-request.js";

/** A previewed request, and the gateway's refusal of the body as sent when only its names were refused. */
export interface PreviewRequest {
  request: ChatRequest;
  refused?: InvalidRequestError;
}

/** {@link readOfflineRequest}, past names no provider takes (see the module comment). */
export function readPreviewRequest(body: unknown, door?: DoorName): PreviewRequest {
  try {
    return { request: readOfflineRequest(body, door) };
  } catch (error) {
    if (!(error instanceof InvalidRequestError)) throw error;
    const renamed = new Map<string, string>();
    const standIn = withStandInNames(body, renamed);
    if (renamed.size === 0) throw error;
    try {
      return { request: readOfflineRequest(standIn, door), refused: error };
    } catch {
      throw error;
    }
  }
}

/** A copy of `value` with every `name` string outside the pattern replaced by a stand-in, recorded in `renamed`. */
function withStandInNames(value: unknown, renamed: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => withStandInNames(item, renamed));
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = key === "name" && typeof item === "string" && !TOOL_NAME_PATTERN.test(item) ? standInFor(item, renamed) : withStandInNames(item, renamed);
  }
  return copy;
}

function standInFor(name: string, renamed: Map<string, string>): string {
  let standIn = renamed.get(name);
  if (standIn === undefined) {
    standIn = `renamed_${renamed.size + 1}`;
    renamed.set(name, standIn);
  }
  return standIn;
}
