/**
 * The upstream body spliced from the client's text must read, in any JSON parser, exactly as the serialized one:
 * generated requests written in odd ways (spacing, escapes, numbers as `1.0` or `1e2` or `-0`, repeated keys at the
 * top and deeper, keys written with escapes), routed the way the router does it (max_tokens set, provider replaced,
 * switchyard and max_completion_tokens dropped), and compared with a strict reader that keeps every key and every
 * number as written.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rememberJsonSource } from "../../core/json-source.js";
import type { ChatRequest } from "../../core/types.js";
import { createUpstreamBodyBuilder } from "./upstream-body.js";

/** A JSON value with its members in order (so a writer can repeat keys), as the generator makes it. */
type Value = null | boolean | number | string | Value[] | { members: [string, Value][] };

const key = fc.oneof(
  { arbitrary: fc.constantFrom("role", "content", "type", "text", "name", "x", "__proto__", "1", "é"), weight: 4 },
  { arbitrary: fc.string({ maxLength: 4 }), weight: 1 },
);
const number = fc.oneof(fc.integer({ min: -5, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.7, 1e21, 1e-7, 2 ** 53 + 2, -0));
const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("é", "\"quoted\"", "back\\slash", "line\nbreak", "\u2028", "😀", "/"));
const value: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { arbitrary: fc.oneof(fc.constant(null), fc.boolean(), number, text), weight: 3 },
    { arbitrary: fc.array(tie("value"), { maxLength: 3 }), weight: 1 },
    { arbitrary: fc.array(fc.tuple(key, tie("value")), { maxLength: 3 }).map((members) => ({ members })), weight: 1 },
  ),
})).value;
const topKey = fc.oneof(
  { arbitrary: fc.constantFrom("messages", "model", "max_tokens", "max_completion_tokens", "switchyard", "provider", "temperature", "tools", "stream", "models"), weight: 4 },
  key,
);
const request = fc.array(fc.tuple(topKey, value), { maxLength: 7 }).map((members) => ({ members }));
/** How the client wrote it: spacing, escapes, number spellings, repeated keys. */
const style = fc.record({ space: fc.constantFrom("", " ", "\n  ", "\t"), escapeUnicode: fc.boolean(), numberSpelling: fc.constantFrom("canonical", "canonical", "canonical", "decimal", "exponent"), repeatKeys: fc.constantFrom(false, false, false, true), escapeKeys: fc.boolean() });
type Style = { space: string; escapeUnicode: boolean; numberSpelling: string; repeatKeys: boolean; escapeKeys: boolean };

describe("the upstream body spliced from the client's text", () => {
  it("reads as the serialized body in any parser (every key and number as written), for 20,000 generated requests", () => {
    let spliced = 0;
    let runs = 0;
    fc.assert(
      fc.property(request, style, fc.option(fc.constant({ order: ["a"], allow_fallbacks: true })), fc.integer({ min: 1, max: 9999 }), (body, how, configProvider, maxTokens) => {
        const clientText = write(body, how, 0);
        let parsed: unknown;
        try {
          parsed = JSON.parse(clientText);
        } catch {
          return; // JSON.parse refused it: the gateway answers 400 before any of this.
        }
        runs++;
        const { serialized, withSource } = route(clientText, parsed as Record<string, unknown>, configProvider ?? undefined, maxTokens);
        if (withSource !== serialized) spliced++;
        const strict = strictRead(withSource);
        expect(strict.repeatedKeys).toBe(false);
        expect(strict.oddNumbers).toEqual([]);
        expect(strict.canonical).toEqual(strictRead(serialized).canonical);
      }),
      { numRuns: 20_000 },
    );
    // The splice is taken (and differs from the serialized text) often enough for the comparison to mean something.
    expect(spliced / runs).toBeGreaterThan(0.2);
  });

  it("copies the client's members as written, drops the router's removals, and writes the router's changes", () => {
    const clientText = '{ "model" : "switchyard/auto", "messages":[{"role":"user","content":"caf\\u00e9 \\/ x"}], "switchyard":{"task":"code"},\n "max_completion_tokens": 9, "provider": {"order":["x"]}, "temperature": 0.2 }';
    const parsed = JSON.parse(clientText) as Record<string, unknown>;
    const { withSource } = route(clientText, parsed, { order: ["a"] }, 100);
    expect(withSource).toBe('{"model":"m","max_tokens":100,"messages":[{"role":"user","content":"caf\\u00e9 \\/ x"}],"temperature": 0.2,"provider":{"order":["a"]}}');
  });

  it("serializes instead when the text holds repeated keys, odd numbers or keys written with escapes that name a dropped member", () => {
    for (const clientText of [
      '{"messages":[{"role":"user","content":"a"}],"messages":[{"role":"user","content":"b"}]}',
      '{"messages":[{"role":"user","content":"long","content":"short"}]}',
      '{"messages":[{"role":"user","content":"a"}],"temperature":1.0}',
      '{"messages":[{"role":"user","content":"a"}],"n":1e0}',
    ]) {
      const { serialized, withSource } = route(clientText, JSON.parse(clientText) as Record<string, unknown>, undefined, 5);
      expect(withSource).toBe(serialized);
    }
    const escapedKey = '{"messages":[],"switch\\u0079ard":{"task":"code"},"mod\\u0065l":"x"}';
    const { withSource } = route(escapedKey, JSON.parse(escapedKey) as Record<string, unknown>, undefined, 5);
    expect(JSON.parse(withSource)).toEqual({ model: "m", max_tokens: 5, messages: [] });
  });
});

/** What the router does to a parsed body (request-router.ts), then the builder with and without the client's text. */
function route(clientText: string, parsed: Record<string, unknown>, configProvider: object | undefined, maxTokens: number): { serialized: string; withSource: string } {
  const make = (): ChatRequest => {
    const upstream = Object.assign({}, parsed) as unknown as ChatRequest;
    upstream.max_tokens = maxTokens;
    if (configProvider) upstream.provider = configProvider as ChatRequest["provider"];
    delete upstream.switchyard;
    delete upstream.max_completion_tokens;
    return upstream;
  };
  const withText = make();
  rememberJsonSource(withText, { text: clientText, parsed });
  return { serialized: createUpstreamBodyBuilder(make()).build("m", maxTokens), withSource: createUpstreamBodyBuilder(withText).build("m", maxTokens) };
}

function write(value: Value, how: Style, depth: number): string {
  const s = how.space;
  if (value === null || typeof value === "boolean") return String(value);
  if (typeof value === "number") return writeNumber(value, how);
  if (typeof value === "string") return writeString(value, how);
  if (Array.isArray(value)) return `[${s}${value.map((item) => write(item, how, depth + 1)).join(`,${s}`)}${s}]`;
  const members = how.repeatKeys && value.members.length > 0 ? [...value.members, value.members[0] as [string, Value]] : value.members;
  return `{${s}${members.map(([name, item]) => `${writeKey(name, how)}${s}:${s}${write(item, how, depth + 1)}`).join(`,${s}`)}${s}}`;
}

function writeNumber(value: number, how: Style): string {
  if (how.numberSpelling === "decimal" && Number.isInteger(value) && Math.abs(value) < 1e15) return `${value}.0`;
  if (how.numberSpelling === "exponent") return value.toExponential();
  return Object.is(value, -0) ? "-0" : JSON.stringify(value);
}

function writeString(value: string, how: Style): string {
  const json = JSON.stringify(value);
  return how.escapeUnicode ? json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/\//g, "\\/") : json;
}

function writeKey(name: string, how: Style): string {
  return how.escapeKeys ? `"${[...name].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}"` : writeString(name, how);
}

/**
 * A strict reader: every key kept (repeats noticed), every number as its token (tokens not written as
 * JSON.stringify writes them collected), and the value in a canonical form (members sorted by key).
 */
function strictRead(json: string): { repeatedKeys: boolean; oddNumbers: string[]; canonical: unknown } {
  let index = 0;
  let repeatedKeys = false;
  const oddNumbers: string[] = [];
  const space = (): void => {
    while (/\s/.test(json[index] ?? "")) index++;
  };
  const read = (): unknown => {
    space();
    const c = json[index];
    if (c === "{") {
      index++;
      const members: [string, unknown][] = [];
      space();
      if (json[index] === "}") {
        index++;
        return { object: members };
      }
      for (;;) {
        space();
        const name = read() as { string: string };
        space();
        index++; // :
        const item = read();
        if (members.some(([seen]) => seen === name.string)) repeatedKeys = true;
        members.push([name.string, item]);
        space();
        if (json[index++] === "}") return { object: members.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) };
      }
    }
    if (c === "[") {
      index++;
      const items: unknown[] = [];
      space();
      if (json[index] === "]") {
        index++;
        return items;
      }
      for (;;) {
        items.push(read());
        space();
        if (json[index++] === "]") return items;
      }
    }
    if (c === '"') {
      let end = index + 1;
      while (json[end] !== '"') end += json[end] === "\\" ? 2 : 1;
      const string = JSON.parse(json.slice(index, end + 1)) as string;
      index = end + 1;
      return { string };
    }
    const token = /^(?:true|false|null|-?[0-9][0-9.eE+-]*)/.exec(json.slice(index))?.[0] ?? "";
    index += token.length;
    if (/^[-0-9]/.test(token) && String(Number(token)) !== token) oddNumbers.push(token);
    return { token };
  };
  const canonical = read();
  return { repeatedKeys, oddNumbers, canonical };
}
