/**
 * Checks a finished answer for the failures that justify one retry at the next tier up (PRODUCT §2):
 * empty, a refusal, cut by length when the caller set no cap, invalid JSON or a schema mismatch when JSON was
 * required, or a caller-supplied validator saying no.
 * @module
 */
import { Ajv, type ValidateFunction } from "ajv";
import safeRegex from "safe-regex2";
import type { ChatRequest } from "../core/types.js";
import { InvalidRequestError } from "../core/errors/index.js";

/** Names of the checks, as recorded in the decision log. */
export type QualityCheckName = "empty" | "refusal" | "length" | "invalid_json" | "schema_mismatch" | "validator";

/** A validator the library caller passes: return false or a reason string to reject. */
export type ResponseValidator = (answer: { content: string; finishReason: string | null }) => boolean | string;

/** What was answered, and what the caller asked for. */
export interface QualityCheckInput {
  content: string;
  finishReason: string | null;
  /** True when the caller gave no max_tokens of its own (so a length cut is our cap, not their choice). */
  callerSetNoCap: boolean;
  responseFormat: ChatRequest["response_format"];
  /** True when the answer is a tool call: content may legitimately be empty. */
  hasToolCalls: boolean;
  validator?: ResponseValidator;
}

/** A failed check and why. */
export interface QualityFailure {
  check: QualityCheckName;
  detail: string;
}

const REFUSAL = /^\s*(?:i'?m sorry|i am sorry|sorry,|i apologi[sz]e|as an ai\b|i (?:can(?:'|no)t|cannot|won'?t|am unable to|'m unable to) (?:help|assist|comply|provide|do that|fulfil|fulfill))/i;
/** Stands in for a pattern that is not applied: every string passes it. */
const UNCHECKED_PATTERN = { test: (): boolean => true };
/**
 * The `pattern` / `patternProperties` engine for clients' schemas. A pattern that can backtrack exponentially
 * (safe-regex2's star-height check, e.g. `^(a+)+$`) is not applied, so a client cannot spend the gateway's CPU
 * on its own schema: the answer is held to the rest of the schema, never refused for the pattern.
 */
const guardedRegExp = Object.assign((pattern: string, flags: string) => (safeRegex(pattern) ? new RegExp(pattern, flags) : UNCHECKED_PATTERN), { code: "guardedRegExp" });
const ajv = new Ajv({ allErrors: false, strict: false, code: { regExp: guardedRegExp } });
/**
 * Compiled client schemas by their JSON text, newest last; bounded so clients cannot grow the heap. `null` marks a
 * schema that does not compile, so a client repeating it costs one lookup, not a compile per request.
 */
const schemaCache = new Map<string, ValidateFunction | null>();
/** Validators that cannot evaluate even `null` (`{"$ref": "#"}`): skipped from then on, not run into the stack again. */
const unevaluable = new WeakSet<ValidateFunction>();
const MAX_CACHED_SCHEMAS = 200;
/** Schemas larger than this (as JSON) are not compiled: the schema check is skipped, never the answer. */
const MAX_SCHEMA_CHARS = 100_000;

/** Runs every check; an empty array means the answer passed. */
export function checkResponseQuality(input: QualityCheckInput): QualityFailure[] {
  const failures: QualityFailure[] = [];
  const text = input.content.trim();
  if (!text && !input.hasToolCalls) failures.push({ check: "empty", detail: "the answer is empty" });
  if (text && REFUSAL.test(text.slice(0, 200)) && text.length < 400) failures.push({ check: "refusal", detail: "the answer is a refusal" });
  if (input.finishReason === "length" && input.callerSetNoCap) {
    failures.push({ check: "length", detail: "the answer was cut at the gateway's max_tokens, which the caller did not ask for" });
  }
  failures.push(...checkJson(input));
  if (input.validator && text) {
    const verdict = runValidator(input.validator, { content: input.content, finishReason: input.finishReason });
    if (verdict !== true) failures.push({ check: "validator", detail: typeof verdict === "string" ? verdict : "the validator rejected the answer" });
  }
  return failures;
}

/**
 * The caller's verdict. A validator is synchronous: a Promise it returns would read as a rejection and pay for an
 * escalation on every call, so it is refused with what to do, as is a validator that throws.
 */
function runValidator(validator: ResponseValidator, answer: { content: string; finishReason: string | null }): boolean | string {
  let verdict: unknown;
  try {
    verdict = validator(answer);
  } catch (error) {
    throw new InvalidRequestError(`options.validator threw (${error instanceof Error ? error.message : String(error)}); return false or a reason to reject an answer.`, { param: "validator" });
  }
  if (typeof (verdict as { then?: unknown } | null)?.then === "function") {
    throw new InvalidRequestError("options.validator returned a Promise: validators run synchronously; return true to accept the answer, or false or a reason to reject it.", { param: "validator" });
  }
  return verdict as boolean | string;
}

function checkJson(input: QualityCheckInput): QualityFailure[] {
  const format = input.responseFormat;
  if (!format || (format.type !== "json_object" && format.type !== "json_schema") || input.hasToolCalls) return [];
  let value: unknown;
  try {
    value = JSON.parse(stripFence(input.content));
  } catch {
    return [{ check: "invalid_json", detail: "JSON was required but the answer does not parse" }];
  }
  if (format.type !== "json_schema") return [];
  const schema = (format.json_schema as { schema?: unknown } | undefined)?.schema;
  if (typeof schema !== "object" || schema === null) return [];
  const validate = compile(schema);
  if (!validate || holds(validate, value)) return [];
  const first = validate.errors?.[0];
  return [{ check: "schema_mismatch", detail: `the JSON does not match the schema${first ? `: ${first.instancePath || "/"} ${first.message}` : ""}` }];
}

function compile(schema: object): ValidateFunction | undefined {
  // Request bodies are depth-limited at the edge, so stringify cannot recurse without bound.
  const key = JSON.stringify(schema);
  if (key.length > MAX_SCHEMA_CHARS) return undefined;
  const known = schemaCache.get(key);
  if (known !== undefined) return known === null || unevaluable.has(known) ? undefined : known;
  let validate: ValidateFunction | null;
  try {
    validate = ajv.compile(schema);
  } catch {
    validate = null; // an uncompilable schema is the caller's problem upstream; don't escalate on it
  } finally {
    // Ajv keeps every compiled schema (and its $id) forever; the validate function does not need that entry.
    forget(schema);
  }
  if (schemaCache.size >= MAX_CACHED_SCHEMAS) schemaCache.delete(schemaCache.keys().next().value ?? "");
  schemaCache.set(key, validate);
  return validate ?? undefined;
}

/**
 * Runs a client schema's validator. A schema can compile and still be impossible to evaluate: `{"$ref": "#"}`
 * refers to itself forever, and a deep answer can exhaust the stack. Such a schema says nothing about the answer,
 * so it passes (the check is skipped, like an uncompilable one); a throw here would fail a paid, finished answer.
 */
function holds(validate: ValidateFunction, value: unknown): boolean {
  try {
    return validate(value) === true;
  } catch {
    // A deep answer against a recursive schema throws for that answer only; a schema that cannot evaluate `null`
    // throws for every answer, so it is not run again.
    if (!evaluates(validate)) unevaluable.add(validate);
    return true;
  }
}

function evaluates(validate: ValidateFunction): boolean {
  try {
    validate(null);
    return true;
  } catch {
    return false;
  }
}

/** The body of a reply wrapped in one ```json fence (string operations: a lazy regex here was quadratic on whitespace). */
function stripFence(content: string): string {
  const trimmed = content.trim();
  if (trimmed.length < 6 || !trimmed.startsWith("```") || !trimmed.endsWith("```")) return content;
  let body = trimmed.slice(3, -3);
  if (body.startsWith("json")) body = body.slice(4);
  return body.trim();
}

function forget(schema: object): void {
  try {
    ajv.removeSchema(schema);
  } catch {
    // A schema with an unusable $id was never stored.
  }
}
