/**
 * Serializes the upstream request once and splices `model` and `max_tokens` in per attempt, so a fallback
 * never re-serializes the (possibly large) conversation.
 *
 * When the request came from a client's JSON text (the gateway remembers texts of 1 KB and more:
 * core/json-source.ts), the body is that text's own members instead of `JSON.stringify` of the parsed request: a
 * 6 KB body costs 8.9 instead of 25.3 µs, a 1.1 MB one 1.2 instead of 4.1 ms (in process, docs/benchmarks.md). Only members whose value is still the one parsed
 * from the text are copied as written; a member the router changed or added (`provider`) is serialized, one it
 * removed (`switchyard`, `max_completion_tokens`) is left out. Text any JSON parser could read differently from
 * `JSON.parse` (repeated keys, numbers not written as `JSON.stringify` writes them) is never copied: the body is then
 * serialized as before (json-members.ts). Either way the upstream reads the same request (differential property
 * test in upstream-body.test.ts).
 * @module
 */
import { jsonSourceOf } from "../../core/json-source.js";
import type { ChatRequest } from "../../core/types.js";
import { readJsonMembers } from "./json-members.js";
import { withoutOffSwitch } from "../reasoning-off.js";

/** Builds the upstream body for each attempt. */
export interface UpstreamBodyBuilder {
  /** The body for one attempt on `modelId`; `withoutReasoning` leaves the request's off switch out (reasoning-off.ts). */
  build(modelId: string, maxTokens: number, withoutReasoning?: boolean): string;
  /** The body for a resumed stream: the partial answer is appended as an assistant prefill. */
  buildWithPrefill(modelId: string, maxTokens: number, prefill: string, withoutReasoning?: boolean): string;
}

/**
 * Creates a builder over the plan's `upstreamRequest` (already stripped of the `switchyard` field).
 * Every other field, OpenRouter extras included, is forwarded untouched.
 */
export function createUpstreamBodyBuilder(upstreamRequest: ChatRequest): UpstreamBodyBuilder {
  const tail = splicedTail(upstreamRequest) ?? serializedTail(forwarded(upstreamRequest));
  let tailWithoutReasoning: string | undefined;
  const tailFor = (withoutReasoning: boolean | undefined): string => {
    if (withoutReasoning !== true) return tail;
    tailWithoutReasoning ??= serializedTail(withoutOffSwitch(forwarded(upstreamRequest)));
    return tailWithoutReasoning;
  };
  return {
    build: (modelId, maxTokens, withoutReasoning) => `{"model":${JSON.stringify(modelId)},"max_tokens":${maxTokens}${tailFor(withoutReasoning)}`,
    buildWithPrefill: (modelId, maxTokens, prefill, withoutReasoning) => {
      const rest = forwarded(upstreamRequest);
      const sent = withoutReasoning === true ? withoutOffSwitch(rest) : rest;
      return JSON.stringify({
        ...sent,
        model: modelId,
        max_tokens: maxTokens,
        messages: [...(rest.messages ?? []), { role: "assistant", content: prefill }],
      });
    },
  };
}

/** The members forwarded as they are (all but the ones the builder writes per attempt, and `switchyard`). */
function forwarded(upstreamRequest: ChatRequest) {
  const { model: _model, max_tokens: _maxTokens, switchyard: _switchyard, ...rest } = upstreamRequest;
  return rest;
}

/** `,"key":value,...}`: the members after `model` and `max_tokens`, serialized. */
function serializedTail(rest: Readonly<Record<string, unknown>>): string {
  const restJson = JSON.stringify(rest);
  return restJson === "{}" ? "}" : `,${restJson.slice(1)}`;
}

/** Members the builder writes itself (per attempt) or never forwards. */
const NOT_COPIED = new Set(["model", "max_tokens", "switchyard"]);

/** The same members as {@link serializedTail}, copied from the client's text; undefined when that cannot be done. */
function splicedTail(upstreamRequest: ChatRequest): string | undefined {
  const source = jsonSourceOf(upstreamRequest);
  if (!source) return undefined;
  const members = readJsonMembers(source.text);
  if (!members) return undefined;
  const request = upstreamRequest as unknown as Readonly<Record<string, unknown>>;
  const parsed = source.parsed as Readonly<Record<string, unknown>>;
  const copied = new Set<string>();
  let tail = "";
  for (const member of members) {
    const key = member.key;
    if (NOT_COPIED.has(key) || !Object.hasOwn(request, key) || !Object.hasOwn(parsed, key)) continue;
    const value = request[key];
    // Changed since it was parsed (or the text holds keys JSON.parse kept only one of): serialized below.
    if (value !== parsed[key] || member.colons !== keysWithin(value)) continue;
    tail += `,${source.text.slice(member.start, member.end)}`;
    copied.add(key);
  }
  for (const key of Object.keys(request)) {
    if (NOT_COPIED.has(key) || copied.has(key)) continue;
    const json = JSON.stringify(request[key]);
    // JSON.stringify leaves out members whose value is undefined (or a function).
    if (json !== undefined) tail += `,${JSON.stringify(key)}:${json}`;
  }
  return tail === "" ? "}" : `${tail}}`;
}

/** Keys in `value` at any depth (what its text must hold when no key was repeated). */
function keysWithin(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) count += keysWithin(item);
    return count;
  }
  for (const key of Object.keys(value)) count += 1 + keysWithin((value as Record<string, unknown>)[key]);
  return count;
}
