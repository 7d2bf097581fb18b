/**
 * A library call's options (`router.chat(request, options)` / `stream`) checked before the call. Unchecked, `null`
 * was a TypeError; a `signal` that is no AbortSignal failed every model of the chain as a "connection failed"
 * (counted against each model's circuit, so one caller's wrong option cooled down models for every call); a `keyId`
 * that is no string was charged to a budget named "[object Object]"; and a misspelt option (`key`, `abortSignal`)
 * was dropped without a word, so a call meant for a key's budget was charged to none. Each is now an
 * InvalidRequestError naming the option, before anything is routed, reserved or sent.
 * @module
 */
import { InvalidRequestError } from "./core/errors/index.js";
import type { ResponseValidator } from "./routing/quality-checks.js";

/** The options a call reads (`ChatOptions`). */
export interface CheckedChatOptions {
  signal?: AbortSignal | undefined;
  keyId?: string | undefined;
  validator?: ResponseValidator | undefined;
}

const OPTION_NAMES = ["signal", "keyId", "validator"];

/** `options` when every option it holds is one a call reads, of its type; else InvalidRequestError naming it. */
export function readChatOptions(options: unknown): CheckedChatOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object" || Array.isArray(options)) throw refused("options", `must be an object such as { signal, keyId, validator } (got ${kindOf(options)})`);
  const given = options as Record<string, unknown>;
  const unknown = Object.keys(given).filter((name) => !OPTION_NAMES.includes(name));
  if (unknown.length > 0) throw refused(`options.${unknown[0]}`, `is not an option of a call; the options are ${OPTION_NAMES.join(", ")}`);
  // `null` is no option, as `fetch` takes `signal: null` and as the call read it before this check (`?.`, `??`).
  const { signal, keyId, validator } = withoutNulls(given);
  if (signal !== undefined && !isAbortSignal(signal)) throw refused("options.signal", `must be an AbortSignal, such as AbortSignal.timeout(30_000) or an AbortController's signal (got ${kindOf(signal)})`);
  if (keyId !== undefined && (typeof keyId !== "string" || keyId === "")) throw refused("options.keyId", `must be the key id (a non-empty string) whose budgets the call is charged to (got ${kindOf(keyId)})`);
  if (validator !== undefined && typeof validator !== "function") throw refused("options.validator", `must be a function that returns true to accept an answer, or false or a reason to reject it (got ${kindOf(validator)})`);
  return { signal, keyId, validator } as CheckedChatOptions;
}

function withoutNulls(given: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(given).map(([name, value]) => [name, value === null ? undefined : value]));
}

/** An AbortSignal, also from another realm (a worker, a vm context): what the engine calls on it is there. */
function isAbortSignal(value: unknown): value is AbortSignal {
  if (value instanceof AbortSignal) return true;
  const candidate = value as Partial<AbortSignal> | null;
  return typeof value === "object" && candidate !== null && typeof candidate.aborted === "boolean" && typeof candidate.addEventListener === "function" && typeof candidate.removeEventListener === "function";
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.slice(0, 40));
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `a value of type ${typeof value}`;
}

function refused(param: string, what: string): InvalidRequestError {
  return new InvalidRequestError(`${param} ${what}.`, { param });
}
