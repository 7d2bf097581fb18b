/**
 * Checks a finished answer for the failures that justify one retry at the next tier up (PRODUCT §2):
 * empty, a refusal, cut by length when the caller set no cap, invalid JSON or a schema mismatch when JSON was
 * required, or a caller-supplied validator saying no.
 * @module
 */
import type { ChatRequest } from "../core/types.js";
import { InvalidRequestError } from "../core/errors/index.js";
import { createSchemaChecker, type SchemaChecker } from "./schema-check/schema-checker.js";

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
  /** True when the answer holds a generated picture or audio: content may be empty too (round 26 review). */
  hasMedia?: boolean;
  validator?: ResponseValidator;
  /**
   * Who asked: the virtual key id (none: one tenant). A JSON schema too costly to check is skipped from then on for
   * this caller only, so one tenant cannot switch off the check of a schema others use.
   */
  caller?: string | null | undefined;
}

/** A failed check and why. */
export interface QualityFailure {
  check: QualityCheckName;
  detail: string;
}

const REFUSAL = /^\s*(?:i'?m sorry|i am sorry|sorry,|i apologi[sz]e|as an ai\b|i (?:can(?:'|no)t|cannot|won'?t|am unable to|'m unable to) (?:help|assist|comply|provide|do that|fulfil|fulfill))/i;
/** Checks answers against clients' schemas in a worker, with a time limit (schema-check/schema-checker.ts). */
let schemaChecker: SchemaChecker | undefined;
/** Schemas larger than this (as JSON) are not compiled: the schema check is skipped, never the answer. */
const MAX_SCHEMA_CHARS = 100_000;

/** Runs every check; an empty array means the answer passed. */
export async function checkResponseQuality(input: QualityCheckInput): Promise<QualityFailure[]> {
  const failures: QualityFailure[] = [];
  const text = input.content.trim();
  if (!text && !input.hasToolCalls && input.hasMedia !== true) failures.push({ check: "empty", detail: "the answer is empty" });
  if (text && REFUSAL.test(text.slice(0, 200)) && text.length < 400) failures.push({ check: "refusal", detail: "the answer is a refusal" });
  if (input.finishReason === "length" && input.callerSetNoCap) {
    failures.push({ check: "length", detail: "the answer was cut at the gateway's max_tokens, which the caller did not ask for" });
  }
  failures.push(...(await checkJson(input)));
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

async function checkJson(input: QualityCheckInput): Promise<QualityFailure[]> {
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
  // Request bodies are depth-limited at the edge, so stringify cannot recurse without bound.
  const key = JSON.stringify(schema);
  if (key.length > MAX_SCHEMA_CHARS) return [];
  const verdict = await (schemaChecker ??= createSchemaChecker()).check({ key, schema, value, caller: input.caller });
  if (verdict.matches) return [];
  return [{ check: "schema_mismatch", detail: `the JSON does not match the schema${verdict.detail ? `: ${verdict.detail}` : ""}` }];
}

/** The body of a reply wrapped in one ```json fence (string operations: a lazy regex here was quadratic on whitespace). */
function stripFence(content: string): string {
  const trimmed = content.trim();
  if (trimmed.length < 6 || !trimmed.startsWith("```") || !trimmed.endsWith("```")) return content;
  let body = trimmed.slice(3, -3);
  if (body.startsWith("json")) body = body.slice(4);
  return body.trim();
}
