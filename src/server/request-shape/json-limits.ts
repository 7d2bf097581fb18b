/**
 * Bounds on a JSON body's shape, checked on the raw text before `JSON.parse` builds anything: nesting depth and
 * the element count of any one array. A body of ten million `[` would otherwise become ten million nested arrays
 * (and crash every recursive walk after it: `JSON.stringify`, validators, the classifier). The scan is one pass,
 * iterative, and skips string contents with `indexOf`, so its stack and its memory stay bounded by `maxDepth`.
 * @module
 */
import { endOfJsonString } from "../../core/json-string-end.js";
import { InvalidRequestError } from "../../core/errors/index.js";

/** The limits, with the config keys that set them (named in the 400s). */
export interface JsonLimits {
  /** `server.max_json_depth`: objects and arrays nested deeper than this are refused. */
  maxDepth: number;
  /** `server.max_array_length`: an array with more elements than this is refused. */
  maxArrayLength: number;
  /**
   * `server.max_object_keys`: an object with more members than this is refused (a body of a million keys is a few
   * megabytes of text, but seconds of parsing and validating, and gigabytes of zod issues). Unset: no bound.
   */
  maxObjectKeys?: number;
}

/** The limits `server` config sets (`max_json_depth`, `max_array_length`, `max_object_keys`). */
export function jsonLimitsOf(server: { max_json_depth: number; max_array_length: number; max_object_keys?: number | undefined }): JsonLimits {
  return { maxDepth: server.max_json_depth, maxArrayLength: server.max_array_length, ...(server.max_object_keys === undefined ? {} : { maxObjectKeys: server.max_object_keys }) };
}

const OPEN_OBJECT = 0x7b; // {
const CLOSE_OBJECT = 0x7d; // }
const OPEN_ARRAY = 0x5b; // [
const CLOSE_ARRAY = 0x5d; // ]
const COMMA = 0x2c;
const QUOTE = 0x22;

/**
 * Throws InvalidRequestError (400, code `json_too_deep` or `array_too_long`) when the text breaks a limit.
 * Text that is not valid JSON passes through unchanged: `JSON.parse` reports that. `wrapperLevels` are levels of the
 * text around the body the limits are for (`route --jsonl`'s `{"request": {...}}` is one): they are not counted.
 */
export function assertJsonWithinLimits(text: string, limits: JsonLimits, wrapperLevels = 0): void {
  // elements[d] counts commas in the array (>= 0) or object (encoded as -1 - count) open at depth d, so one array's
  // length or one object's size is known without parsing; the stack never grows past maxDepth.
  const elements: number[] = [];
  const maxObjectKeys = limits.maxObjectKeys ?? Number.POSITIVE_INFINITY;
  const maxDepth = limits.maxDepth + wrapperLevels;
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = endOfJsonString(text, index);
      continue;
    }
    if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      depth += 1;
      if (depth > maxDepth) throw tooDeep(limits.maxDepth);
      elements[depth] = code === OPEN_ARRAY ? 0 : -1;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      depth = Math.max(0, depth - 1);
    } else if (code === COMMA && depth > 0) {
      const count = elements[depth] ?? -1;
      if (count < 0) {
        // An object: -1 - count commas so far.
        const commas = -1 - count + 1;
        if (commas >= maxObjectKeys) throw tooManyKeys(maxObjectKeys);
        elements[depth] = -1 - commas;
        continue;
      }
      // n commas separate n + 1 elements.
      if (count + 1 >= limits.maxArrayLength) throw tooLong(limits.maxArrayLength);
      elements[depth] = count + 1;
    }
  }
}

function tooDeep(maxDepth: number): InvalidRequestError {
  return new InvalidRequestError(
    `The request body nests objects and arrays more than ${maxDepth} levels deep (the gateway's limit, server.max_json_depth).`,
    { code: "json_too_deep" },
  );
}

function tooManyKeys(maxObjectKeys: number): InvalidRequestError {
  return new InvalidRequestError(
    `An object in the request body has more than ${maxObjectKeys} members (the gateway's limit, server.max_object_keys).`,
    { code: "object_too_large" },
  );
}

function tooLong(maxArrayLength: number): InvalidRequestError {
  return new InvalidRequestError(
    `An array in the request body has more than ${maxArrayLength} elements (the gateway's limit, server.max_array_length).`,
    { code: "array_too_long" },
  );
}
