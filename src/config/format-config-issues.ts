/**
 * Turns zod issues into ConfigIssues that name the path, the bad value and the valid choices.
 * @module
 */
import { configPath } from "../core/config-path.js";
import { closestName } from "../core/closest-name.js";
import { quoteSentText } from "../core/quote-sent-text.js";
import type { z } from "zod";
import type { ConfigIssue } from "../core/errors/index.js";
import { KEY_LIKE, KEY_SHOWN_AS } from "./key-like.js";
import { settingElsewhereHint } from "./settings-elsewhere.js";

/** Formats zod issues against the original input, so each message can quote the bad value. */
export function formatConfigIssues(issues: readonly z.core.$ZodIssue[], input: unknown, schema?: z.ZodType): ConfigIssue[] {
  const flat = issues.flatMap((issue) => unionBranchIssues(issue, input));
  return flat.filter((issue) => !outsideSafeRangeBesideOwnBound(issue, flat)).map((issue) => {
    const path = configPath(issue.path);
    const value = valueAt(input, issue.path);
    const keys = issue.code === "unrecognized_keys" && schema ? knownKeysAt(schema, issue.path) : [];
    const elsewhere = issue.code === "unrecognized_keys" && schema ? misplacedKeys(issue.keys, schema, issue.path, keys) : "";
    const written = issue.code === "unrecognized_keys" ? settingElsewhereHint(issue.keys, issue.path, value) : "";
    return { path, message: describe(issue, value) + shapeHint(issue, value) + keySuggestion(issue, keys) + elsewhere + written };
  });
}

/**
 * A tier model is an id (string) or a selector object. For an object that fits neither, "must be a model id or a
 * selector" hid what was wrong inside it (`needs: [tool]`, `max_prise`): the selector branch's own issues are
 * reported instead, at their full paths. Other unions, and values that are not objects, keep the union's issue.
 */
function unionBranchIssues(issue: z.core.$ZodIssue, input: unknown): z.core.$ZodIssue[] {
  if (issue.code !== "invalid_union") return [issue];
  const value = valueAt(input, issue.path);
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [issue];
  // The branch for objects: its issues are not the bare "expected a string" of the id branch.
  const branch = issue.errors.find((issues) => issues.length > 0 && !issues.every((inner) => inner.code === "invalid_type" && inner.path.length === 0));
  if (!branch) return [issue];
  return branch.flatMap((inner) => unionBranchIssues({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, input));
}

/** "; did you mean …?" for each unknown key that is a typo of a known one. */
function keySuggestion(issue: z.core.$ZodIssue, known: readonly string[]): string {
  if (issue.code !== "unrecognized_keys" || known.length === 0) return "";
  const guesses = issue.keys.map((key) => keyGuess(key, known)).filter((guess) => guess !== "");
  return guesses.join("");
}

/** A typo of a known key, or the start of exactly one known key before its unit (`limit` of `limit_usd`). */
function keyGuess(key: string, known: readonly string[]): string {
  const typo = suggestion(key, known);
  if (typo !== "") return typo;
  const longer = known.filter((name) => name.startsWith(`${key}_`));
  return longer.length === 1 ? `; did you mean ${JSON.stringify(longer[0])}?` : "";
}

/**
 * "; "on_exceed" is a top-level key: move it out of budgets[0]" for an unknown key that is no typo here but a real
 * key of an enclosing level (a budget's `on_exceed` is the common case: it is one setting for every budget).
 */
function misplacedKeys(unknown: readonly string[], schema: z.ZodType, path: readonly PropertyKey[], here: readonly string[]): string {
  const hints: string[] = [];
  for (const key of unknown) {
    if (keyGuess(key, here) !== "") continue;
    for (let depth = path.length - 1; depth >= 0; depth -= 1) {
      if (!knownKeysAt(schema, path.slice(0, depth)).includes(key)) continue;
      const owner = configPath(path.slice(0, depth));
      hints.push(`; ${JSON.stringify(key)} is ${owner === "" ? "a top-level key" : `a key of ${owner}`}: move it out of ${configPath(path)}`);
      break;
    }
  }
  return hints.join("");
}

/** The keys an object schema allows at `path` (through defaults, optionals, arrays and records), or none. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const inner = (node: unknown): unknown => {
    let at = node as { def?: { type?: string; innerType?: unknown; options?: unknown[] } };
    for (;;) {
      if (at?.def && (at.def.type === "default" || at.def.type === "optional" || at.def.type === "nullable" || at.def.type === "prefault")) at = at.def.innerType as typeof at;
      // A union (a tier model: an id or a selector) is read through its object option, the one that has keys.
      else if (at?.def?.type === "union") at = (at.def.options ?? []).find((option) => (option as typeof at)?.def?.type === "object") as typeof at;
      else return at;
    }
  };
  for (const segment of path) {
    const node = inner(current) as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown } };
    if (node?.def?.type === "object") current = node.def.shape?.[String(segment)];
    else if (node?.def?.type === "array") current = node.def.element;
    else if (node?.def?.type === "record") current = node.def.valueType;
    else return [];
  }
  const node = inner(current) as { def?: { type?: string; shape?: Record<string, unknown> } };
  return node?.def?.type === "object" ? Object.keys(node.def.shape ?? {}) : [];
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  // What api_key_env holds is never quoted: a wrong value there is most often the key itself, in some form.
  // An export header's value is a tracing backend's credential: named by its key, never printed.
  const secret = issue.path.at(-1) === "api_key_env" || (issue.path[0] === "telemetry" && issue.path[1] === "otlp_headers");
  const got = value === undefined ? "" : secret ? " (the value is not shown)" : ` (got ${quote(value)})`;
  // A key left out: zod's "expected number, received undefined" names no fix; "missing" and what it takes does.
  const missing = value === undefined ? "missing: " : "";
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return `missing: ${withArticle(issue.expected)} is required`;
      // The schema's own message where it wrote one ("must be a whole number"), else the type in YAML's words.
      return issue.message.startsWith("Invalid input") ? `must be ${withArticle(issue.expected)}${got}` : `${issue.message}${got}`;
    case "invalid_value":
      return `${missing}must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${got}${suggestion(value, issue.values)}`;
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => quote(k)).join(", ")}`;
    case "invalid_union":
      // A union with its own message (server.trust_proxy) says it; the other union is a tier's model entry.
      if (!issue.message.startsWith("Invalid input")) return `${issue.message}${got}`;
      return `must be a model id (string) or a selector like {cheapest: {needs: [tools], min_context: 128000}}${got}`;
    case "invalid_key": {
      // The key is what is wrong: say which, with the key rule's own message.
      const key = issue.path.at(-1);
      return `invalid name ${JSON.stringify(String(key))}: ${issue.issues[0]?.message ?? issue.message}`;
    }
    case "too_big":
    case "too_small":
      return `${bound(issue)}${got}`;
    default:
      return `${issue.message}${got}`;
  }
}

/**
 * A whole number past ±9007199254740991 (zod's origin `int`) where the field's own bound is told too: "must be at most
 * 9007199254740991" beside "must be at most 1000" only read as two rules, and "at least -9007199254740991" beside
 * "greater than 0" as two that disagree.
 */
function outsideSafeRangeBesideOwnBound(issue: z.core.$ZodIssue, all: readonly z.core.$ZodIssue[]): boolean {
  if ((issue.code !== "too_big" && issue.code !== "too_small") || issue.origin !== "int") return false;
  const at = configPath(issue.path);
  return all.some((other) => other !== issue && (other.code === "too_big" || other.code === "too_small") && configPath(other.path) === at);
}

/**
 * A number past its bound, in the words of the other errors ("must be at most 1"); zod's own were "Too big: expected
 * number to be <=1". A bound the schema wrote its own message for, or one on a list or a string, keeps that message.
 * A whole number past the safe integer range is zod's origin `int`, not `number` ("expected int to be <=9007199254740991").
 */
function bound(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  if (!/^Too (big|small)\b/.test(issue.message)) return issue.message;
  if (issue.origin === "string" || issue.origin === "array") return lengthBound(issue, issue.origin === "string" ? "character" : "item");
  if (issue.origin !== "number" && issue.origin !== "int") return issue.message;
  if (issue.code === "too_big") return `must be ${issue.inclusive === false ? "less than" : "at most"} ${String(issue.maximum)}`;
  return `must be ${issue.inclusive === false ? "greater than" : "at least"} ${String(issue.minimum)}`;
}

/** A string's or a list's length past its bound: "must not be empty", "must have at most 5 items". */
function lengthBound(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, unit: "character" | "item"): string {
  const big = issue.code === "too_big";
  const limit = Number(big ? issue.maximum : issue.minimum) + (issue.inclusive === false ? (big ? -1 : 1) : 0);
  const words = issue.exact === true ? "exactly" : big ? "at most" : "at least";
  if (!big && limit === 1 && issue.exact !== true) return unit === "item" ? "must list at least one item" : "must not be empty";
  return `must ${unit === "item" ? "have" : "be"} ${words} ${limit} ${unit}${limit === 1 ? "" : "s"}`;
}

/**
 * How to write a value of the wrong shape, where the message alone left it to a guess: a dollar amount written as
 * `$5` or `"1,024"` (a number, without its sign or separators), and `budgets:` written as a mapping (`daily: 5`).
 */
function shapeHint(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code !== "invalid_type") return "";
  const key = issue.path.at(-1);
  if (issue.expected === "number" && typeof value === "string" && typeof key === "string") {
    const written = withoutCurrency(value);
    // Separators only in groups of three: "5,50" is five fifty written with a decimal comma, not 550. A longer number
    // than any setting holds is not repeated: "got …" quotes it cut short.
    if (written.length > 24) return "";
    return /^\d{1,3}(?:([,_])\d{3})?(?:\1\d{3})*(?:\.\d+)?$/.test(written) || /^\d+(?:\.\d+)?$/.test(written) ? `; write the number alone: ${key}: ${written.replace(/[,_]/g, "")}` : "";
  }
  if (issue.expected === "array" && issue.path.length === 1 && key === "budgets" && value !== null && typeof value === "object" && !Array.isArray(value)) {
    return `; write each budget as an item of the list: budgets: [${budgetItems(value).join(", ")}]`;
  }
  return "";
}

/**
 * A dollar amount without its sign or unit: `$ 5`, `5$`, `5 USD` → `5`. Trimmed by hand, not with a
 * `\s*(?:usd|\$)$` pattern: that one backtracks quadratically on a long run of spaces (420 ms on 20,000).
 */
function withoutCurrency(value: string): string {
  let written = value.trim();
  if (written.startsWith("$")) written = written.slice(1).trimStart();
  if (written.toLowerCase().endsWith("usd")) return written.slice(0, -3).trimEnd();
  return written.endsWith("$") ? written.slice(0, -1).trimEnd() : written;
}

const BUDGET_WINDOWS: Readonly<Record<string, string>> = { daily: "day", day: "day", monthly: "month", month: "month" };

/**
 * `budgets: { monthly: 100 }` written as list items with its own windows and limits: a fixed "$5 a day" example,
 * copied, capped spend at $5 a day. A mapping that is not only windows and limits gets that example.
 */
function budgetItems(mapping: object): string[] {
  const items = Object.entries(mapping).map(([key, limit]) => {
    const window = Object.hasOwn(BUDGET_WINDOWS, key) ? BUDGET_WINDOWS[key] : undefined;
    return window !== undefined && typeof limit === "number" && Number.isFinite(limit) && limit >= 0 ? `{ scope: global, window: ${window}, limit_usd: ${limit} }` : undefined;
  });
  return items.length > 0 && items.every((item) => item !== undefined) ? items : ["{ scope: global, window: day, limit_usd: 5 }"];
}

/** The YAML words for zod's container types: a user writes mappings and lists, not records and arrays. */
const TYPE_WORDS: Readonly<Record<string, string>> = { object: "a mapping", record: "a mapping of names to values", array: "a list", int: "a whole number" };

/** "a number", "a list": zod's name of the expected type, as a phrase. */
function withArticle(type: string): string {
  return TYPE_WORDS[type] ?? `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

/** "; did you mean …?" when a string is a typo of one choice (a few letters off), else nothing. */
function suggestion(value: unknown, choices: readonly unknown[]): string {
  const names = choices.filter((choice): choice is string => typeof choice === "string");
  const guess = typeof value === "string" ? closestName(value, names, 1 / 3) : undefined;
  return guess === undefined ? "" : `; did you mean ${JSON.stringify(guess)}?`;
}

/** How long a quoted value may be: a whole YAML subtree would bury the message. */
const QUOTE_LIMIT = 200;

/**
 * The value as YAML gave it: a string quoted by quoteSentText, `1e309` is Infinity and `.nan` NaN (JSON would say null for both), long values are cut,
 * and an API key anywhere in it is left out.
 */
function quote(value: unknown): string {
  if (typeof value === "string" && KEY_LIKE.test(value)) return KEY_SHOWN_AS;
  // A string is the user's text, quoted as every error quotes it (quote-sent-text.ts): an escape sequence, a line
  // separator or a direction override pasted into a value is shown escaped, and a long one is cut between characters.
  if (typeof value === "string") return quoteSentText(value, QUOTE_LIMIT);
  // A BigInt (a library caller's `10n`) has no JSON: quoted as written, instead of JSON.stringify's TypeError.
  const withoutKeys = (_key: string, inner: unknown): unknown => (typeof inner === "bigint" ? `${inner}n` : typeof inner === "string" && KEY_LIKE.test(inner) ? `(${KEY_SHOWN_AS})` : inner);
  const text = typeof value === "number" && !Number.isFinite(value) ? `${String(value)}${Number.isNaN(value) ? " (not a number)" : " (a number too large)"}` : (JSON.stringify(value, withoutKeys) ?? String(value));
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}

/** The value at `path`, own properties only (a key named `constructor` must not find Object's). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
