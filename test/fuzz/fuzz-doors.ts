/**
 * Fuzz cases for the Messages and Responses doors (`POST /v1/messages`, `POST /v1/responses`): valid requests in
 * each door's own shape (streaming or not, system prompts, content blocks, tools and tool results, the
 * `switchyard` field), mutated with the chat fuzzer's adversarial values, plus raw bodies. Each door answers
 * errors in its own envelope: Anthropic's `{"type":"error","error":{type,message}}` or OpenAI's.
 * @module
 */
import fc from "fast-check";
import { extraHeaders, mutate, mutation, withoutConflictingTier, type RequestCase } from "./fuzz-arbitraries.js";
import type { FuzzTarget } from "./fuzz-target.js";
import { fuzzRequests, type FuzzEndpoint, type FuzzRunOptions, type FuzzStats } from "./fuzz-run.js";

const MODELS = ["switchyard/auto", "switchyard/tier/e2e", "switchyard/task/probe", "openai/gpt-5-nano", "claude-sonnet-4-5", "switchyard/cheapest"] as const;
const text = fc.string({ maxLength: 120 });
const weatherTool = { name: "get_weather", description: "Weather", input_schema: { type: "object", properties: { city: { type: "string" } } } };

/** One or two messages: a tool_use comes with the tool_result that answers it, as Anthropic's API requires. */
const anthropicMessages = fc.oneof(
  fc.record({ role: fc.constantFrom("user", "assistant"), content: text }).map((message) => [message]),
  // A text block holds more than whitespace, as Anthropic requires (ADR 0046): an empty one is a 400.
  fc.record({ role: fc.constant("user"), content: fc.array(fc.record({ type: fc.constant("text"), text: text.map((value) => `${value} Say hello.`) }), { minLength: 1, maxLength: 3 }) }).map((message) => [message]),
  fc.constant([
    { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Paris" } }] },
    { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "sunny" }] },
  ]),
);

/** A valid `/v1/messages` body. */
const messagesRequest = fc.record(
  {
    model: fc.constantFrom(...MODELS),
    max_tokens: fc.integer({ min: 1, max: 300 }),
    messages: fc.array(anthropicMessages, { maxLength: 3 }).map((groups) => [...groups.flat(), { role: "user", content: "Say hello." }]),
    system: fc.oneof(text, fc.constant([{ type: "text", text: "You are terse." }])),
    stream: fc.boolean(),
    temperature: fc.double({ min: 0, max: 1, noNaN: true }),
    tools: fc.constant([weatherTool]),
    tool_choice: fc.constantFrom({ type: "auto" }, { type: "any" }, { type: "tool", name: "get_weather" }),
    metadata: fc.constant({ user_id: "user-1" }),
    stop_sequences: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
    switchyard: fc.record({ task: fc.constantFrom("probe", "chat"), tier: fc.constantFrom("e2e", "budget") }, { requiredKeys: [] }),
  },
  { requiredKeys: ["model", "max_tokens", "messages"] },
).map(withoutConflictingTier);

/** A valid `/v1/responses` body. */
const responsesRequest = fc.record(
  {
    model: fc.constantFrom(...MODELS),
    input: fc.oneof(
      text.map((value) => `${value} Say hello.`),
      fc.constant([{ role: "user", content: [{ type: "input_text", text: "Say hello." }] }]),
      fc.constant([{ type: "message", role: "user", content: "Say hello." }, { type: "function_call", call_id: "call_1", name: "get_weather", arguments: "{\"city\":\"Paris\"}" }, { type: "function_call_output", call_id: "call_1", output: "sunny" }]),
    ),
    instructions: text,
    stream: fc.boolean(),
    max_output_tokens: fc.integer({ min: 16, max: 300 }),
    tools: fc.constant([{ type: "function", name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } }]),
    text: fc.constantFrom({ format: { type: "text" } }, { format: { type: "json_object" } }),
    store: fc.boolean(),
    switchyard: fc.record({ task: fc.constantFrom("probe", "chat"), tier: fc.constantFrom("e2e", "budget") }, { requiredKeys: [] }),
  },
  { requiredKeys: ["model", "input"] },
).map(withoutConflictingTier);

/** Mostly fresh conversations; now and then a `previous_response_id` nobody stored (or an ill-formed one). */
const responsesCase = fc.oneof(
  { weight: 9, arbitrary: responsesRequest },
  { weight: 1, arbitrary: fc.tuple(responsesRequest, fc.constantFrom("resp_unknown", "", "resp_\u0000")).map(([request, id]) => ({ ...request, previous_response_id: id })) },
);

const RAW = fc.oneof(fc.constantFrom("", "{", "null", "[]", '{"model":"switchyard/auto"}', '{"__proto__":{"x":1},"model":"switchyard/auto","input":"hi"}'), fc.string({ unit: "binary", maxLength: 120 }));

function cases(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<RequestCase> {
  return fc.record({
    body: fc.oneof(
      { weight: 6, arbitrary: fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([request, changes]) => JSON.stringify(mutate(request, changes)) ?? "null") },
      { weight: 2, arbitrary: valid.map((request) => JSON.stringify(request)) },
      { weight: 1, arbitrary: RAW },
    ),
    headers: extraHeaders,
  });
}

/** The two doors and how each one's error bodies look. */
export const DOORS = {
  messages: { path: "/v1/messages", cases: cases(messagesRequest), envelope: anthropicEnvelope },
  responses: { path: "/v1/responses", cases: cases(responsesCase) },
} as const satisfies Record<string, FuzzEndpoint>;

/** Anthropic's `{"type":"error","error":{type,message}}` (`/v1/messages`). */
export function anthropicEnvelope(body: unknown): string | undefined {
  const { type, error } = (body ?? {}) as { type?: unknown; error?: { type?: unknown; message?: unknown } };
  return type === "error" && typeof error?.type === "string" && typeof error.message === "string" ? undefined : "not an Anthropic error envelope";
}

/** Mutated and adversarial door requests; throws on the first breach (shrunk). */
export function fuzzDoorRequests(target: FuzzTarget, door: keyof typeof DOORS, options: FuzzRunOptions): Promise<FuzzStats> {
  return fuzzRequests(target, DOORS[door], options);
}
