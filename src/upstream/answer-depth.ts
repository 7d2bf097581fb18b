/**
 * How deep an upstream's JSON may nest before the gateway parses it. `JSON.parse` builds any depth (it does not
 * recurse), but a 60 MB answer of `[` held the event loop 25 s and grew the process to 2 GB, and one nested inside an
 * answer's unknown field was relayed at the chat door whole, to clients whose parsers recurse (round 27). No answer
 * the gateway reads nests past a dozen levels (a tool call's arguments are a string); the bound is ten times that.
 * The scan is one pass, iterative, and skips string contents with `indexOf`, as the request bodies' is
 * (`server/request-shape/json-limits.ts`).
 * @module
 */
import { endOfJsonString } from "../core/json-string-end.js";

/** The deepest an upstream answer or stream chunk may nest objects and arrays. */
export const MAX_ANSWER_DEPTH = 128;

const OPEN_OBJECT = 0x7b; // {
const CLOSE_OBJECT = 0x7d; // }
const OPEN_ARRAY = 0x5b; // [
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22;

/** True when `text` nests objects and arrays deeper than `maxDepth` (text that is not JSON is left to the parser). */
export function nestsDeeperThan(text: string, maxDepth = MAX_ANSWER_DEPTH): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) index = endOfJsonString(text, index);
    else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) depth = Math.max(0, depth - 1);
  }
  return false;
}
