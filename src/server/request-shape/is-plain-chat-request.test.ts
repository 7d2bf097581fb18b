/**
 * `isPlainChatRequest` may only say yes where `chatRequestSchema` says yes: generated bodies near the schema's
 * edges (wrong types, empty and long strings, unsafe integers, Infinity from `1e999`, arrays where objects go,
 * unknown roles and part types, every optional field), compared with the schema on each.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chatRequestSchema } from "./chat-request-schema.js";
import { isPlainChatRequest } from "./is-plain-chat-request.js";

const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, -1, 1, 1.5, 2 ** 53, 2 ** 53 - 1, 1e20, Number.POSITIVE_INFINITY, Number.NaN),
  fc.string({ maxLength: 4 }),
  fc.constant([]),
  fc.constant({}),
  fc.constant(Object.create(null) as object),
);
/** Usually a good value, sometimes an odd one. */
const mostly = (good: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: oddValue, weight: 1 });
/** Usually absent, else usually a good value. */
const rarely = (good: fc.Arbitrary<unknown>, absent = 3): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: fc.constant(undefined), weight: absent }, { arbitrary: mostly(good), weight: 1 });
/** The fields only the schema checks: seldom present, so most bodies reach the fast path. */
const seldom = (good: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => rarely(good, 24);
const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("", "x".repeat(64), "x".repeat(65), "x".repeat(129), "é", "a\u0000b", "openai/gpt-4o"));
const part = mostly(
  fc.record(
    { type: fc.constantFrom("text", "text", "image_url", "input_audio", "", "x".repeat(64), "x".repeat(65)), text: mostly(text), image_url: rarely(fc.oneof(text, fc.record({ url: rarely(text) }))) },
    { requiredKeys: ["type"] },
  ),
);
const message = mostly(
  fc.record(
    {
      role: mostly(fc.constantFrom("system", "developer", "user", "assistant", "tool", "function", "bot", "")),
      content: rarely(fc.oneof(text, fc.constant(null), fc.array(part, { maxLength: 3 }))),
      name: rarely(text),
      tool_call_id: rarely(text),
      tool_calls: rarely(fc.array(mostly(fc.record({ id: text })), { maxLength: 2 })),
    },
    { requiredKeys: ["role"] },
  ),
);
const body = fc.record(
  {
    model: rarely(fc.oneof(text, fc.constant("x".repeat(256)), fc.constant("x".repeat(257)))),
    messages: mostly(fc.array(message, { maxLength: 3 })),
    stream: rarely(fc.boolean()),
    max_tokens: rarely(fc.oneof(fc.integer({ min: -2, max: 2 ** 31 }), fc.constant(null))),
    max_completion_tokens: rarely(fc.integer({ min: -2, max: 100 })),
    tools: seldom(fc.array(fc.record({ type: text }), { maxLength: 2 })),
    response_format: seldom(fc.record({ type: text })),
    models: seldom(fc.array(text, { maxLength: 2 })),
    provider: seldom(fc.constant({})),
    switchyard: seldom(fc.record({ task: rarely(text), resume: rarely(fc.boolean()) }, { requiredKeys: [] })),
    temperature: rarely(fc.double()),
    // Around each range's edges (sampling-ranges.ts): the fast path must refuse what the schema refuses.
    top_p: rarely(fc.constantFrom(-0.01, 0, 0.5, 1, 1.01)),
    frequency_penalty: rarely(fc.constantFrom(-2.01, -2, 0, 2, 2.01)),
    top_k: rarely(fc.constantFrom(-1, 0, 1.5, 40, 2 ** 53)),
    seed: rarely(fc.oneof(fc.integer(), fc.double())),
    logit_bias: seldom(fc.constantFrom({ "1": 5 }, { x: 1 }, { "1": 101 })),
    metadata: seldom(fc.constantFrom({ a: "b" }, { a: 1 }, { "a[0]": "b" })),
    session_id: seldom(fc.constantFrom("s", "s".repeat(257), 5)),
  },
  { requiredKeys: ["messages"] },
);

describe("isPlainChatRequest", () => {
  it("never accepts a body the schema refuses", () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: body, weight: 9 }, { arbitrary: oddValue, weight: 1 }), (value) => {
        if (isPlainChatRequest(value)) expect(chatRequestSchema.safeParse(value).success).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it("says yes to the common request, so the fast path is taken", () => {
    const common = JSON.parse('{"model":"openai/gpt-4o-mini","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":[{"type":"text","text":"hi"}]}],"stream":true,"max_tokens":256,"temperature":0.2}') as unknown;
    expect(isPlainChatRequest(common)).toBe(true);
    expect(isPlainChatRequest(JSON.parse('{"messages":[{"role":"user","content":"hi"}],"max_tokens":1e999}'))).toBe(false);
    expect(isPlainChatRequest(JSON.parse('{"__proto__":{"x":1},"messages":[{"role":"user","content":"hi"}]}'))).toBe(chatRequestSchema.safeParse(JSON.parse('{"__proto__":{"x":1},"messages":[{"role":"user","content":"hi"}]}')).success);
  });
});
