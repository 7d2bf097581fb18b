/**
 * Fuzz cases for the JSON endpoints beside the three doors: `POST /v1/messages/count_tokens` (Anthropic's envelope),
 * `POST /v1/responses/input_tokens`, `POST /v1/feedback`, and the admin API's `POST /api/route` and `POST /api/keys` (signed in with the admin key).
 * Valid bodies, mutated with the chat fuzzer's adversarial values, plus raw bodies.
 * @module
 */
import fc from "fast-check";
import { extraHeaders, mutate, mutation, type RequestCase } from "./fuzz-arbitraries.js";
import { anthropicEnvelope } from "./fuzz-doors.js";
import { FUZZ_ADMIN_KEY } from "./fuzz-target.js";
import type { FuzzEndpoint } from "./fuzz-run.js";

const text = fc.string({ maxLength: 80 });

const countTokensRequest = fc.record(
  {
    model: fc.constantFrom("switchyard/auto", "claude-sonnet-4-5", "switchyard/tier/e2e"),
    messages: fc.constant([{ role: "user", content: "Count me." }]),
    system: fc.oneof(text, fc.constant([{ type: "text", text: "You are terse." }])),
    tools: fc.constant([{ name: "get_weather", input_schema: { type: "object", properties: { city: { type: "string" } } } }]),
  },
  { requiredKeys: ["model", "messages"] },
);

const inputTokensRequest = fc.record(
  {
    model: fc.constantFrom("switchyard/auto", "gpt-5-nano", "switchyard/tier/e2e"),
    input: fc.oneof(text, fc.constant([{ role: "user", content: [{ type: "input_text", text: "Count me." }] }])),
    instructions: text,
    previous_response_id: fc.constantFrom("resp_unknown", ""),
    tools: fc.constant([{ type: "function", name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } }]),
  },
  { requiredKeys: ["input"] },
);

const feedbackRequest = fc.record(
  {
    decision_id: fc.constantFrom("dec_01a23b2add7286863d88287727fb2310", "dec_unknown", ""),
    score: fc.double({ min: 0, max: 1, noNaN: true }),
    label: text,
  },
  { requiredKeys: ["decision_id", "score"] },
);

const routeRequest = fc.record(
  {
    prompt: text.map((value) => `${value} Write a function that parses dates.`),
    model: fc.constantFrom("switchyard/auto", "switchyard/cheapest", "openai/gpt-5-nano"),
    task: fc.constantFrom("probe", "chat", "math"),
    tier: fc.constantFrom("e2e", "budget", "premium"),
    quality: fc.double({ min: 0, max: 1, noNaN: true }),
    max_tokens: fc.integer({ min: 1, max: 4_000 }),
    max_cost_usd: fc.double({ min: 0.000001, max: 1, noNaN: true }),
    max_latency_ms: fc.integer({ min: 1, max: 60_000 }),
    requires: fc.subarray(["tools", "vision", "json"]),
    user: text,
  },
  { requiredKeys: ["prompt"] },
);

const keyRequest = fc.record(
  {
    name: fc.stringMatching(/^[a-z][a-z0-9_-]{0,20}$/),
    daily_budget_usd: fc.double({ min: 0.01, max: 100, noNaN: true }),
    monthly_budget_usd: fc.double({ min: 0.01, max: 1_000, noNaN: true }),
    rpm: fc.integer({ min: 1, max: 10_000 }),
    tiers: fc.subarray(["budget", "mid", "e2e"], { minLength: 1 }),
  },
  { requiredKeys: ["name"] },
);

const RAW = fc.oneof(fc.constantFrom("", "{", "null", "[]", "0", '"x"', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}'), fc.string({ unit: "binary", maxLength: 120 }));

function cases(valid: fc.Arbitrary<Record<string, unknown>>, headers: Record<string, string> = {}): fc.Arbitrary<RequestCase> {
  return fc.record({
    body: fc.oneof(
      { weight: 6, arbitrary: fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([request, changes]) => JSON.stringify(mutate(request, changes)) ?? "null") },
      { weight: 2, arbitrary: valid.map((request) => JSON.stringify(request)) },
      { weight: 1, arbitrary: RAW },
    ),
    headers: extraHeaders.map((random) => ({ ...random, ...headers })),
  });
}

const admin = { authorization: `Bearer ${FUZZ_ADMIN_KEY}` };

/** The side endpoints, each with its cases and error format. */
export const SIDE_DOORS = {
  count_tokens: { path: "/v1/messages/count_tokens", cases: cases(countTokensRequest), envelope: anthropicEnvelope },
  input_tokens: { path: "/v1/responses/input_tokens", cases: cases(inputTokensRequest) },
  feedback: { path: "/v1/feedback", cases: cases(feedbackRequest) },
  admin_route: { path: "/api/route", cases: cases(routeRequest, admin) },
  admin_keys: { path: "/api/keys", cases: cases(keyRequest, admin) },
} as const satisfies Record<string, FuzzEndpoint>;
