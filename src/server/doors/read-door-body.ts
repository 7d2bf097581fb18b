/**
 * Validates a door's body against its zod schema and turns the first problem into a 400 naming the param
 * (`messages[2].content[0].source`), in the words a client can act on.
 * @module
 */
import type { z } from "zod";
import { InvalidRequestError } from "../../core/errors/index.js";
import { describeIssue } from "../request-shape/describe-issue.js";
import { formatParam } from "../request-shape/parse-request-shape.js";

/** Bounds every door applies to lists in a body (JSON depth and raw array length are bounded before parsing). */
export const DOOR_LIMITS = {
  /** Messages or input items in one request. */
  maxMessages: 10_000,
  /** Content blocks in one message. */
  maxBlocks: 2_000,
  maxTools: 512,
} as const;

/** A tool's `type` as a refusal names it: quoted when short, else only named (a client's text is echoed bounded). */
export function toolType(input: unknown): string {
  return typeof input === "string" && input.length <= 64 ? JSON.stringify(input) : "that type";
}

/** The parsed body, or an InvalidRequestError for the first issue. */
export function readDoorBody<Schema extends z.ZodType>(schema: Schema, body: unknown, what: string): z.infer<Schema> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new InvalidRequestError(`The request body must be a JSON object (${what}).`, { code: "invalid_body" });
  }
  const parsed = schema.safeParse(body, { reportInput: true });
  if (parsed.success) return parsed.data;
  const issue = deepest(parsed.error.issues[0]);
  const param = issue ? formatParam(issue.path) : "";
  const description = issue ? describeIssue(issue) : { text: "is invalid", own: false };
  // A message that ends its own sentence ("did you mean \"tier\"?") gets no second stop.
  const stop = /[.?!]$/.test(description.text) ? "" : ".";
  const detail = description.own ? `is invalid: ${description.text}${stop}` : `${description.text}${stop}`;
  // A model id a header cannot carry has the code the Chat door gives it (docs/gateway.md: `invalid_model`).
  throw new InvalidRequestError(`${param || "The body"} ${detail}`, { ...(param ? { param } : {}), code: param === "model" ? "invalid_model" : "invalid_request" });
}

/**
 * A union's failure says little ("no branch matched"); the branch that got furthest names the real problem,
 * with its path made absolute. A branch that refused the value's own `type` is the wrong branch (an item that
 * says `"type": "function_call_output"` is not a bad `message`), unless every branch refused it.
 */
function deepest(issue: z.core.$ZodIssue | undefined): z.core.$ZodIssue | undefined {
  if (!issue || issue.code !== "invalid_union" || issue.errors.length === 0) return issue;
  const fitting = issue.errors.filter((branch) => !branch.some(refusesType));
  let best: z.core.$ZodIssue | undefined;
  for (const branch of fitting.length > 0 ? fitting : issue.errors) {
    const first = branch[0];
    if (first && (!best || first.path.length > best.path.length)) best = first;
  }
  if (!best || best.path.length === 0) return issue;
  return deepest({ ...best, path: [...issue.path, ...best.path] } as z.core.$ZodIssue);
}

/** The branch wanted another `type` literal than the value carries. */
function refusesType(issue: z.core.$ZodIssue): boolean {
  return issue.code === "invalid_value" && issue.path.length === 1 && issue.path[0] === "type";
}
