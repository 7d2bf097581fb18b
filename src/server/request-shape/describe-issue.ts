/**
 * One zod issue in words a client can act on: what the field must be, and what it got. Every door's 400 for a
 * field of the wrong shape says it this way (`max_tokens must be greater than 0, got 0`), so a present field is
 * never called "required" and a bound is never misquoted. Parse with `{ reportInput: true }` so issues carry what
 * was sent.
 * @module
 */
import type { z } from "zod";
import { quoteSentText } from "../../core/quote-sent-text.js";

/** Strings up to this long are quoted back; longer ones are only named. */
const QUOTE_LIMIT = 40;

/** zod's own wording, which says what was expected but not in the field's terms; a schema's own message is kept. */
const ZOD_DEFAULT_MESSAGE = /^(?:Invalid (?:input|option|element|key|value|string|number)|Too (?:small|big)|Unrecognized keys?)\b/;

/** What an issue says: a phrase to put after the param, or the schema's own sentence about it. */
export interface IssueDescription {
  /** `must be a whole number, got 1.5`, or the schema's own message. No final period. */
  text: string;
  /** True when `text` is the schema's own message (a sentence of its own, not a phrase after the param). */
  own: boolean;
}

/**
 * `unknown field(s) "a", "b" and 3 more`: a body can carry thousands of unknown keys, so a few are named and the rest
 * counted. A name is the caller's text, quoted escaped (an escape sequence or a direction override in it rewrote the
 * message where it was printed).
 */
export function unknownFields(keys: readonly string[]): string {
  return `unknown field(s) ${keys.slice(0, 5).map((key) => quoteSentText(key, 64)).join(", ")}${keys.length > 5 ? ` and ${keys.length - 5} more` : ""}`;
}

/** Describes one issue: the schema's own message when it has one, else what the field must be and what it got. */
export function describeIssue(issue: z.core.$ZodIssue): IssueDescription {
  if (issue.code !== "invalid_union" && !ZOD_DEFAULT_MESSAGE.test(issue.message)) return { text: issue.message.replace(/\.$/, ""), own: true };
  return { text: phrase(issue), own: false };
}

function phrase(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `is required (${article(typeName(issue.expected))})`;
      return `must be ${article(typeName(issue.expected))}${got(issue.input)}`;
    case "too_small":
      return tooSmall(issue);
    case "too_big":
      return tooBig(issue);
    case "invalid_value": {
      const values = issue.values.map((value) => JSON.stringify(value) ?? String(value));
      return `must be ${values.length === 1 ? values[0] : `one of ${values.join(", ")}`}${got(issue.input)}`;
    }
    case "invalid_union": {
      // A branch that failed only on its length (2,001 blocks where 2,000 are allowed) says what was wrong.
      const bound = issue.errors.find((branch) => branch.length === 1 && branch[0]?.code === "too_big" && branch[0].path.length === 0)?.[0];
      if (bound?.code === "too_big") return tooBig(bound);
      // A `type` a discriminated union does not know: the types it takes, and the one sent (zod's own words were
      // "Invalid discriminator value. Expected 'text' | 'image'", read after the param as no sentence at all).
      const unknownType = discriminatorMiss(issue);
      if (unknownType !== undefined) return unknownType;
      // A discriminated union whose schema says what it takes, for a `type` it does not know, says that.
      if (issue.errors.length === 0 && issue.message !== "Invalid input") return issue.message;
      const types = unionTypes(issue);
      return types ? `must be ${types}${got(issue.input)}` : "has an unsupported shape or `type`";
    }
    case "unrecognized_keys":
      return `has ${unknownFields(issue.keys)}`;
    case "invalid_key": {
      // A record's key that failed its own schema (a logit_bias key that is no token id): say what the key must be.
      const inner = issue.issues[0];
      return inner ? `is not an accepted key: ${describeIssue(inner).text}` : "is not an accepted key";
    }
    case "custom":
      return issue.message;
    default:
      return `is invalid: ${issue.message}`;
  }
}

/** `must be one of "text", "image", got the string "video"` for zod's default discriminator message, else undefined. */
function discriminatorMiss(issue: z.core.$ZodIssueInvalidUnion): string | undefined {
  const { options, discriminator, input } = issue as z.core.$ZodIssueInvalidUnion & { options?: unknown; discriminator?: unknown };
  if (issue.errors.length > 0 || !Array.isArray(options) || options.length === 0 || !issue.message.startsWith("Invalid discriminator value")) return undefined;
  const sent = typeof discriminator === "string" && typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>)[discriminator] : undefined;
  const values = options.map((value) => JSON.stringify(value) ?? String(value));
  return `must be one of ${values.join(", ")}${sent === undefined ? ", and is missing" : got(sent)}`;
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const minimum = String(issue.minimum);
  if (issue.origin === "array" || issue.origin === "set") return `must have at least ${minimum} item(s)`;
  if (issue.origin === "string") return `must have at least ${minimum} character(s)`;
  return `must be ${issue.inclusive === false ? "greater than" : "at least"} ${minimum}${got(issue.input)}`;
}

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  const maximum = String(issue.maximum);
  if (issue.origin === "array" || issue.origin === "set") return `has more than ${maximum} items (the limit)`;
  if (issue.origin === "string") return `has more than ${maximum} characters (the limit)`;
  return `must be ${issue.inclusive === false ? "less than" : "at most"} ${maximum}${got(issue.input)}`;
}

/** A union whose every branch wanted a plain type: `a string, null or an array`. */
function unionTypes(issue: z.core.$ZodIssueInvalidUnion): string | undefined {
  const types: string[] = [];
  for (const branch of issue.errors) {
    const first = branch[0];
    if (branch.length !== 1 || first?.code !== "invalid_type" || first.path.length > 0) return undefined;
    const name = typeName(first.expected);
    if (!types.includes(name)) types.push(name);
  }
  if (types.length === 0) return undefined;
  const named = types.map(article);
  return named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} or ${named.at(-1) ?? ""}`;
}

function typeName(expected: string): string {
  return expected === "int" ? "whole number" : expected;
}

function article(type: string): string {
  if (type === "null" || type === "undefined") return type;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** `, got 1.5` / `, got the string "100"` / `, got an array`; nothing when the input was not reported. */
function got(input: unknown): string {
  if (input === undefined) return "";
  return `, got ${valueName(input)}`;
}

function valueName(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "an array";
  switch (typeof input) {
    case "string":
      return input.length <= QUOTE_LIMIT ? `the string ${quoteSentText(input, 6 * QUOTE_LIMIT)}` : "a string";
    case "number":
      return Number.isFinite(input) ? String(input) : `${String(input)} (a number too large for JSON)`;
    case "boolean":
      return String(input);
    case "object":
      return "an object";
    default:
      return typeof input;
  }
}
