/**
 * Compiles and runs clients' JSON Schemas (`response_format.json_schema`) with Ajv. Runs inside the schema-check
 * worker (`schema-worker.ts`), never on the gateway's event loop: a schema can be made to take exponential time
 * (a backtracking `pattern`, `anyOf` branches fanning out through `$ref`s), so it runs where it can be stopped.
 * @module
 */
import { Ajv, type ValidateFunction } from "ajv";
import safeRegex from "safe-regex2";

/** What a check found: the answer matches (or the schema says nothing about it), or the first mismatch. */
export type SchemaVerdict = { matches: true } | { matches: false; detail: string };

/** Stands in for a pattern that is not applied: every string passes it. */
const UNCHECKED_PATTERN = { test: (): boolean => true };
/** Patterns safe-regex2 flags (star height > 1) are not applied; the worker's time limit covers the rest. */
const guardedRegExp = Object.assign((pattern: string, flags: string) => (safeRegex(pattern) ? new RegExp(pattern, flags) : UNCHECKED_PATTERN), { code: "guardedRegExp" });
/**
 * `ownProperties`: a member is present only when the answer has it. Ajv reads `data[name]` otherwise, which finds
 * `constructor`, `toString` or `__proto__` on every object (an optional `constructor` left out failed as "must be
 * string", a required `valueOf` left out passed).
 */
const ajv = new Ajv({ allErrors: false, strict: false, ownProperties: true, code: { regExp: guardedRegExp } });
/** Compiled schemas by their JSON text, newest last, bounded; `null` marks one that does not compile. */
const cache = new Map<string, ValidateFunction | null>();
/** Validators that cannot evaluate even `null` (`{"$ref": "#"}`): skipped from then on. */
const unevaluable = new WeakSet<ValidateFunction>();
const MAX_CACHED_SCHEMAS = 200;

/** Checks `value` against the schema whose JSON text is `key`. */
export function checkAgainstSchema(key: string, schema: object, value: unknown): SchemaVerdict {
  const validate = compile(key, schema);
  if (!validate || holds(validate, value)) return { matches: true };
  const first = validate.errors?.[0];
  return { matches: false, detail: first ? `${first.instancePath || "/"} ${first.message ?? "does not match"}` : "" };
}

/**
 * A schema of the usual shapes (objects, arrays, enums, a pattern, `anyOf` and a `$ref`), compiled and run once as
 * the worker starts: Ajv's first compile in a fresh isolate runs its code generator cold, and took over 120 ms on a
 * loaded machine, which the first client's check would otherwise pay inside its time limit (and be marked too costly
 * for it). Not cached, and forgotten by Ajv.
 */
export function warmUp(): void {
  const schema = {
    type: "object",
    properties: {
      name: { type: "string", pattern: "^[a-z]+$", minLength: 1 },
      tags: { type: "array", items: { enum: ["a", "b"] } },
      size: { anyOf: [{ type: "number" }, { $ref: "#/$defs/label" }] },
    },
    required: ["name"],
    additionalProperties: false,
    $defs: { label: { type: "string" } },
  };
  try {
    ajv.compile(schema)({ name: "warm", tags: ["a"], size: 1 });
  } finally {
    forget(schema);
  }
}

function compile(key: string, schema: object): ValidateFunction | undefined {
  const known = cache.get(key);
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
  if (cache.size >= MAX_CACHED_SCHEMAS) cache.delete(cache.keys().next().value ?? "");
  cache.set(key, validate);
  return validate ?? undefined;
}

/**
 * A schema can compile and still be impossible to evaluate (`{"$ref": "#"}` refers to itself forever, a deep answer
 * can exhaust the stack): it says nothing about the answer, so the answer passes.
 */
function holds(validate: ValidateFunction, value: unknown): boolean {
  try {
    return validate(value) === true;
  } catch {
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

function forget(schema: object): void {
  try {
    ajv.removeSchema(schema);
  } catch {
    // A schema with an unusable $id was never stored.
  }
}
