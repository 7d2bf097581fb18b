/**
 * Validates a door's body against its zod schema and turns the first problem into a 400 naming the param
 * (`messages[2].content[0].source`), in the words a client can act on.
 * @module
 */
import type { z } from "zod";
import { InvalidRequestError } from "../../core/errors/index.js";

/** Bounds every door applies to lists in a body (JSON depth and raw array length are bounded before parsing). */
export const DOOR_LIMITS = {
  /** Messages or input items in one request. */
  maxMessages: 10_000,
  /** Content blocks in one message. */
  maxBlocks: 2_000,
  maxTools: 512,
  maxStopSequences: 16,
} as const;

/** The parsed body, or an InvalidRequestError for the first issue. */
export function readDoorBody<Schema extends z.ZodType>(schema: Schema, body: unknown, what: string): z.infer<Schema> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new InvalidRequestError(`The request body must be a JSON object (${what}).`, { code: "invalid_body" });
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = deepest(parsed.error.issues[0]);
  const param = issue ? paramPath(issue.path) : "";
  const detail = issue ? describeIssue(issue) : "is invalid";
  throw new InvalidRequestError(`${param || "The body"} ${detail}`, { ...(param ? { param } : {}), code: "invalid_request" });
}

/**
 * A union's failure says little ("no branch matched"); the branch that got furthest names the real problem,
 * with its path made absolute.
 */
function deepest(issue: z.core.$ZodIssue | undefined): z.core.$ZodIssue | undefined {
  if (!issue || issue.code !== "invalid_union" || issue.errors.length === 0) return issue;
  let best: z.core.$ZodIssue | undefined;
  for (const branch of issue.errors) {
    const first = branch[0];
    if (first && (!best || first.path.length > best.path.length)) best = first;
  }
  if (!best || best.path.length === 0) return issue;
  return deepest({ ...best, path: [...issue.path, ...best.path] } as z.core.$ZodIssue);
}

/** `["messages", 2, "content", 0]` → `messages[2].content[0]`. */
export function paramPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? `is required (${issue.expected}).` : `must be ${article(issue.expected)}.`;
    case "too_big":
      return `has more than ${String(issue.maximum)} ${issue.origin === "array" ? "items" : issue.origin === "string" ? "characters" : ""}`.trimEnd() + ".";
    case "too_small":
      return issue.origin === "array" ? `must have at least ${String(issue.minimum)} item(s).` : `must be at least ${String(issue.minimum)}.`;
    case "invalid_value":
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}.`;
    case "invalid_union":
      return "has an unsupported shape or `type`.";
    case "unrecognized_keys":
      return `has unknown field(s) ${issue.keys.join(", ")}.`;
    default:
      return `is invalid: ${issue.message}.`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
