/**
 * A library caller's request object checked to be what the gateway reads from a body: JSON. The gateway's bodies
 * are parsed text, bounded before parsing (`server.max_json_depth`, `max_array_length`, `max_object_keys`); an object
 * handed to `router.route` / `chat` / `stream` is not, and an unknown field or a message's extra key is passed through
 * to the upstream body. So a cycle (`message.self = message`), a BigInt, or 200,000 levels of nesting there was
 * routed by `route()` and then thrown by `chat()` as a bare `TypeError` ("Converting circular structure to JSON", "Do
 * not know how to serialize a BigInt") or `RangeError` (maximum call stack) from inside the engine. Now each is an
 * InvalidRequestError naming where it is, from all three, before anything is routed, reserved or sent.
 * @module
 */
import { InvalidRequestError } from "./core/errors/index.js";
import type { JsonLimits } from "./server/request-shape/json-limits.js";

/** Throws InvalidRequestError when `request` is not a JSON value within `limits`; returns it unchanged otherwise. */
export function assertJsonRequest(request: unknown, limits: JsonLimits): unknown {
  checkValue(request, "", [], new Set<object>(), limits);
  return request;
}

/**
 * Walks `value` as JSON.stringify would write it: a `toJSON` (a Date's, a class's own, `BigInt.prototype.toJSON` set
 * by an app) stands for the value. `path` is one array pushed and popped, so the walk is linear in the nodes, not in
 * nodes times depth; a copy is made only to name a refusal.
 */
function checkValue(given: unknown, key: string | number, path: (string | number)[], ancestors: Set<object>, limits: JsonLimits): void {
  const value = viaToJson(given, key, path);
  switch (typeof value) {
    case "bigint":
      throw refused(path, `is a BigInt (${value}n), which JSON cannot carry: pass a number`);
    case "symbol":
    case "function":
      throw refused(path, `is a ${typeof value}, which JSON cannot carry`);
    case "object":
      if (value === null) return;
      break;
    default:
      return;
  }
  if (ancestors.has(value)) throw refused(path, "refers to an object that contains it (a cycle), which JSON cannot carry");
  if (path.length >= limits.maxDepth) throw refused(path, `nests objects and arrays more than ${limits.maxDepth} levels deep (the limit, server.max_json_depth)`);
  ancestors.add(value);
  if (Array.isArray(value)) {
    if (value.length > limits.maxArrayLength) throw refused(path, `has more than ${limits.maxArrayLength} elements (the limit, server.max_array_length)`);
    for (let index = 0; index < value.length; index += 1) checkMember(value, index, path, ancestors, limits);
  } else {
    const keys = ownKeys(value, path);
    if (limits.maxObjectKeys !== undefined && keys.length > limits.maxObjectKeys) throw refused(path, `has more than ${limits.maxObjectKeys} members (the limit, server.max_object_keys)`);
    for (const member of keys) checkMember(value, member, path, ancestors, limits);
  }
  ancestors.delete(value);
}

function checkMember(value: object, key: string | number, path: (string | number)[], ancestors: Set<object>, limits: JsonLimits): void {
  path.push(key);
  checkValue(read(value, key, path), key, path, ancestors, limits);
  path.pop();
}

/** What JSON.stringify writes for `value`: its `toJSON(key)` result when it has one; a toJSON that throws is refused. */
function viaToJson(value: unknown, key: string | number, path: (string | number)[]): unknown {
  if ((typeof value !== "object" || value === null) && typeof value !== "bigint") return value;
  const toJson = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJson !== "function") return value;
  try {
    return (toJson as (key: string) => unknown).call(value, String(key));
  } catch (error) {
    throw refused(path, `could not be made JSON: its toJSON threw (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** A property's value; a getter (or Proxy) that throws is the request's fault, said as such. */
function read(value: object, key: string | number, path: (string | number)[]): unknown {
  try {
    return (value as Record<string | number, unknown>)[key];
  } catch (error) {
    throw refused(path, `could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

function ownKeys(value: object, path: (string | number)[]): string[] {
  try {
    return Object.keys(value);
  } catch (error) {
    throw refused(path, `could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

function refused(path: (string | number)[], what: string): InvalidRequestError {
  const at = path.length === 0 ? "The request" : `The request's ${pathText(path)}`;
  return new InvalidRequestError(`${at} ${what}.`, { ...(path.length > 0 ? { param: pathText(path) } : {}) });
}

/** `messages[0].self`, cut after 8 steps (a deep path is named by its start). */
function pathText(path: (string | number)[]): string {
  const shown = path.slice(0, 8).map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`));
  return shown.join("") + (path.length > 8 ? `… (${path.length} levels)` : "");
}
