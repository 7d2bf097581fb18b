/**
 * The edge check every front door uses: a zod schema of the request body, and one function that turns the first
 * problem into a precise 400 (`param: "messages[3].content[1]"`). Routes call it once; everything behind it may
 * trust the shape. Schemas validate and the caller keeps the original object (unknown fields pass through as sent).
 * @module
 */
import type { z } from "zod";
import { InvalidRequestError } from "../../core/errors/index.js";
import { describeIssue } from "./describe-issue.js";
import { escapeSentText } from "../../core/quote-sent-text.js";

/** A zod issue as far as this module reads it (zod's own type is a wide union). */
interface Issue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  errors?: readonly (readonly Issue[])[];
}

/** How the caller names fields and codes. */
export interface ShapeErrorOptions {
  /** Error code per top-level field (e.g. `messages` → `missing_messages`); default `invalid_request`. */
  codes?: Readonly<Record<string, string>>;
  /** A sentence to use for a field instead of zod's message, by top-level field. */
  hints?: Readonly<Record<string, string>>;
}

/** Returns `body` typed as `T` when it matches, or throws InvalidRequestError naming the first bad field. */
export function parseRequestShape<T>(schema: z.ZodType, body: unknown, options: ShapeErrorOptions = {}): T {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new InvalidRequestError("The request body must be a JSON object.", { code: "invalid_body" });
  }
  const result = schema.safeParse(body, { reportInput: true });
  if (result.success) return body as T;
  const issue = deepestIssue(result.error.issues as readonly Issue[], []);
  const param = formatParam(issue.path);
  const field = typeof issue.path[0] === "string" ? issue.path[0] : "";
  const hint = Object.hasOwn(options.hints ?? {}, field) ? options.hints?.[field] : undefined;
  const code = Object.hasOwn(options.codes ?? {}, field) ? options.codes?.[field] : undefined;
  throw new InvalidRequestError(`Invalid ${param || "request body"}: ${hint ?? describeIssue(issue as z.core.$ZodIssue).text}`, {
    ...(param ? { param } : {}),
    code: code ?? "invalid_request",
  });
}

/**
 * `["messages", 3, "content", 1]` → `messages[3].content[1]`, as an error's message prints it and its `param` carries
 * it: a key is the caller's text (a metadata or logit_bias key), so it is escaped as {@link escapeSentText} escapes it,
 * and cut. A key with a line separator or a direction override was printed raw and whole in the message (a
 * 20,000-character key, 40 kB of 400; round 26), and cut but raw in `param` (round 26 review): the same text now.
 */
export function formatParam(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text ? `.${escapeSentText(String(part), PATH_KEY_LIMIT)}` : escapeSentText(String(part), PATH_KEY_LIMIT);
  }
  return text;
}

/** Characters of a caller's key a path repeats. */
const PATH_KEY_LIMIT = 64;

/**
 * The most specific issue: for a union that failed every branch, the branch that got furthest into the value
 * (so an array of parts names the bad part, not "expected string").
 */
function deepestIssue(issues: readonly Issue[], prefix: readonly PropertyKey[]): Issue {
  let best: Issue | undefined;
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    let candidate: Issue = { ...issue, path };
    if (issue.code === "invalid_union" && issue.errors) {
      for (const branch of issue.errors) {
        const inner = deepestIssue(branch, path);
        if (inner.path.length > candidate.path.length) candidate = inner;
      }
    }
    if (!best || candidate.path.length > best.path.length) best = candidate;
  }
  return best ?? { code: "custom", path: prefix, message: "Invalid input" };
}
